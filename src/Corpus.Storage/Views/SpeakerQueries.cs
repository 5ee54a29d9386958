using System.Text;
using Dapper;

namespace Corpus.Storage.Views;

public sealed class SpeakerQueries(ICorpusStore store, MeetingQueries meetings)
{
    public async Task<Page<SpeakerView>> ListAsync(string? q, PageRequest page, CancellationToken ct)
    {
        var where = new StringBuilder("1 = 1");
        if (page.After is not null)
        {
            where.Append(" AND sp.id > @after");
        }
        var words = string.IsNullOrWhiteSpace(q) ? null : store.Dialect.WordPrefixQuery(q);
        if (!string.IsNullOrWhiteSpace(q))
        {
            where.Append(words is null ? " AND 1 = 0" : $" AND {store.Dialect.WordPrefixMatch("speakers", "sp", "@words")}");
        }
        var rows = await LoadAsync($"{where} ORDER BY sp.id LIMIT @take", new { after = page.After, words, take = page.Limit + 1 }, ct);
        return page.ToPage(rows, s => s.Id);
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

    public async Task<Page<StatementView>?> StatementsAsync(string id, PageRequest page, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM speakers WHERE id = @id", new { id }, cancellationToken: ct)) == 0)
        {
            return null;
        }
        var rows = await StatementQueries.WhereAsync(
            connection,
            "st.speaker_id = @id" + (page.After is null ? string.Empty : " AND st.id > @after") + " ORDER BY st.id LIMIT @take",
            new { id, after = page.After, take = page.Limit + 1 },
            ct);
        return page.ToPage(rows, s => s.Id);
    }

    private async Task<List<SpeakerView>> LoadAsync(string condition, object parameters, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Id, string Name, string Kind, string Aliases, string Roles, long Statements, long Sources)>(new CommandDefinition(
            $"""
            SELECT sp.id, sp.name, sp.kind, sp.aliases, sp.roles,
                   sp.statement_count, (SELECT COUNT(*) FROM speaker_sources ss WHERE ss.speaker_id = sp.id)
            FROM speakers sp WHERE {condition}
            """,
            parameters,
            cancellationToken: ct));
        return rows.Select(r => new SpeakerView(r.Id, r.Name, r.Kind, Json.Read(r.Aliases, new List<string>()), Json.Read(r.Roles, new List<string>()), r.Statements, r.Sources)).ToList();
    }
}
