using System.Text;
using Corpus.Storage.Search;
using Dapper;

namespace Corpus.Storage.Views;

public sealed class SpeakerQueries(ICorpusStore store, MeetingQueries meetings)
{
    /// <summary>A speaker's statements are kept by the store (migration 0016); its outlets are its rows in speaker_sources.</summary>
    private const string Columns =
        "sp.id, sp.name, sp.kind, sp.aliases, sp.roles, sp.statement_count, (SELECT COUNT(*) FROM speaker_sources ss WHERE ss.speaker_id = sp.id)";

    /// <summary>Speakers in id order (the default order).</summary>
    public async Task<Page<SpeakerView>> ListAsync(string? q, PageRequest page, CancellationToken ct)
    {
        var where = new StringBuilder(NameMatches(q));
        if (page.After is not null)
        {
            where.Append(" AND sp.id > @after");
        }
        var rows = await LoadAsync($"{where} ORDER BY sp.id LIMIT @take", new { after = page.After, words = WordsOf(q), take = page.Limit + 1 }, ct);
        return page.ToPage(rows, s => s.Id);
    }

    /// <summary>
    /// Speakers with the most statements first, ties in id order. A page starts after the last row's count and id
    /// (<see cref="StatementCountCursor"/>), never at an offset.
    /// </summary>
    /// <remarks>
    /// With a name, the few speakers it matches are sorted: walking the count index instead would test every speaker
    /// against the name (the <c>+ 0</c> keeps the planner off that index).
    /// </remarks>
    public async Task<Page<SpeakerView>> ListByStatementCountAsync(string? q, PageRequest page, CancellationToken ct)
    {
        var after = page.After is null ? null
            : StatementCountCursor.TryDecode(page.After, out var cursor) ? cursor
            : throw new ArgumentException("Not a cursor of speakers by statement count; check it with StatementCountCursor.IsOne first.", nameof(page));
        var rows = await QueryAsync(
            $"""
            SELECT {Columns} FROM speakers sp WHERE {NameMatches(q)}
            {(after is null ? string.Empty : "AND (sp.statement_count < @afterCount OR (sp.statement_count = @afterCount AND sp.id > @afterId))")}
            ORDER BY {(string.IsNullOrWhiteSpace(q) ? "sp.statement_count" : "sp.statement_count + 0")} DESC, sp.id LIMIT @take
            """,
            new { words = WordsOf(q), afterCount = after?.StatementCount, afterId = after?.Id, take = page.Limit + 1 },
            ct);
        return page.ToPage(rows, s => new StatementCountCursor(s.StatementCount, s.Id).Encode());
    }

    public async Task<SpeakerView?> GetAsync(string id, CancellationToken ct)
    {
        var speaker = (await LoadAsync("sp.id = @id", new { id }, ct)).SingleOrDefault();
        if (speaker is null)
        {
            return null;
        }
        var theirs = await meetings.ListAsync(id, null, null, new PageRequest(PageRequest.MaxLimit, null), ct);
        return speaker with { Meetings = theirs.Items };
    }

    /// <summary>The speaker's statements newest first, as <c>GET /api/statements?speaker=</c> lists them, or null when there is no such speaker.</summary>
    public async Task<Page<StatementView>?> StatementsAsync(string id, PageRequest page, CancellationToken ct)
    {
        await using (var connection = await store.OpenAsync(ct))
        {
            if (!await ExistsAsync(connection, id, ct))
            {
                return null;
            }
        }
        return await new StatementSearch(store).PageAsync(StatementsFilter(id), page, ct);
    }

    /// <summary>What <see cref="StatementsAsync"/> lists, whose cursors it takes.</summary>
    public static StatementFilter StatementsFilter(string id) => new(Speaker: id);

    /// <summary>The speaker's statements by month of their article's date, or null when there is no such speaker.</summary>
    public async Task<SpeakerTimeline?> TimelineAsync(string id, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        return await ExistsAsync(connection, id, ct) ? await SpeakerTimeline.LoadAsync(connection, id, ct) : null;
    }

    private static async Task<bool> ExistsAsync(System.Data.Common.DbConnection connection, string id, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM speakers WHERE id = @id", new { id }, cancellationToken: ct)) > 0;

    /// <summary>Every word of <paramref name="q"/> starts a word of the name or an alias (<see cref="SqlDialect.SpeakerMatches"/>).</summary>
    private string NameMatches(string? q) =>
        string.IsNullOrWhiteSpace(q) ? "1 = 1"
        : WordsOf(q) is null ? "1 = 0"
        : store.Dialect.SpeakerMatches("sp", "@words");

    private string? WordsOf(string? q) => string.IsNullOrWhiteSpace(q) ? null : store.Dialect.WordPrefixQuery(q);

    private Task<List<SpeakerView>> LoadAsync(string condition, object parameters, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM speakers sp WHERE {condition}", parameters, ct);

    private async Task<List<SpeakerView>> QueryAsync(string sql, object parameters, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Id, string Name, string Kind, string Aliases, string Roles, long Statements, long Sources)>(
            new CommandDefinition(sql, parameters, cancellationToken: ct));
        return rows.Select(r => new SpeakerView(r.Id, r.Name, r.Kind, Json.Read(r.Aliases, new List<string>()), Json.Read(r.Roles, new List<string>()), r.Statements, r.Sources)).ToList();
    }
}
