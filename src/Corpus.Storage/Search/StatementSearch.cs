using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Corpus.Storage.Views;
using Dapper;

namespace Corpus.Storage.Search;

/// <summary>
/// Statements by full-text query and filters: without a query newest first (by their article's date, undated last),
/// with one most relevant first and ties newest first; then by id, so that every row has one place in the order.
/// </summary>
public sealed class StatementSearch(ICorpusStore store)
{
    private const string Day = "COALESCE(substr(a.published, 1, 10), '')";

    public async Task<Page<StatementView>> PageAsync(StatementFilter filter, PageRequest page, CancellationToken ct)
    {
        var after = page.After is null ? null
            : SearchCursor.TryDecode(page.After, filter.Text is not null, out var cursor) ? cursor
            : throw new ArgumentException("The cursor is not one of this search's; check it with IsCursorFor first.", nameof(page));
        await using var connection = await store.OpenAsync(ct);
        var rows = (await connection.QueryAsync<SearchRow>(Command(filter, after, page.Limit + 1, ct))).ToList();
        var found = page.ToPage(rows, row => CursorOf(row, filter).Encode());
        var statements = found.Items.Select(StatementQueries.ToView).ToList();
        if (filter.Text is { } text && statements.Count > 0)
        {
            var matches = await MatchesAsync(connection, text, statements, ct);
            statements = [.. statements.Select(s => s with { Matches = matches.GetValueOrDefault(s.Id, []) })];
        }
        return new Page<StatementView>(statements, found.Next);
    }

    /// <summary>Whether a page request's cursor is one this search gave out (a cursor of another list, or of a search with or without a query where this has the other, is not).</summary>
    public static bool IsCursorFor(StatementFilter filter, PageRequest page) =>
        page.After is null || SearchCursor.TryDecode(page.After, filter.Text is not null, out _);

    /// <summary>Every statement found, in order, read from the store as they are written out.</summary>
    public async IAsyncEnumerable<StatementView> StreamAsync(StatementFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var command = Command(filter, after: null, take: null, ct);
        await foreach (var row in connection.QueryUnbufferedAsync<SearchRow>(command.CommandText, command.Parameters).WithCancellation(ct))
        {
            yield return StatementQueries.ToView(row);
        }
    }

    private CommandDefinition Command(StatementFilter filter, SearchCursor? after, int? take, CancellationToken ct)
    {
        var fullText = FullText.Of(store.Dialect);
        var sql = filter.Text is null ? NewestFirst(filter, after) : MostRelevantFirst(fullText, filter, after, take);
        if (take is not null)
        {
            sql.Append(" LIMIT @take");
        }
        var parameters = new
        {
            match = filter.Text is { } text ? fullText.Match(text) : null,
            speaker = filter.Speaker,
            source = filter.Source,
            kind = filter.Kind,
            from = filter.From,
            to = filter.To,
            afterScore = after?.Score,
            afterDay = after?.Day,
            afterId = after?.Id,
            take,
            lastOfPage = take - 1,
        };
        return new CommandDefinition(sql.ToString(), parameters, cancellationToken: ct);
    }

    // The first condition alone lets the store seek in the articles_day index.
    private const string NewerOrLater = $"{Day} <= @afterDay AND ({Day} < @afterDay OR st.id > @afterId)";

    /// <summary>
    /// Walks articles by day, newest first, through their index (migration 0015) and stops at the page's end, rather
    /// than sorting every statement by its article's day. SQLite, which has no statistics unless ANALYZE ran, would
    /// read statements first; a CROSS JOIN keeps its order (PostgreSQL plans it as any join). One speaker's statements
    /// are fewer than one walk: they come through their own index.
    /// </summary>
    private static StringBuilder NewestFirst(StatementFilter filter, SearchCursor? after)
    {
        var from = string.IsNullOrEmpty(filter.Speaker)
            ? $"articles a CROSS JOIN statements st {StatementQueries.SpeakerLinkJoin} {StatementQueries.LinkJoins} WHERE st.article_id = a.id"
            : $"statements st {StatementQueries.Joins} WHERE 1 = 1";
        var sql = new StringBuilder($"SELECT {StatementQueries.Columns} FROM {from}");
        AppendFilters(sql, filter);
        if (after is not null)
        {
            sql.Append($" AND {NewerOrLater}");
        }
        return sql.Append($" ORDER BY {Day} DESC, st.id");
    }

    /// <summary>
    /// Scores every hit (filtered as it is found), then reads statements only for the hits that can be on the page:
    /// those scoring at least as high as the page's last row, so a common word does not read every hit's statement
    /// and article to sort them.
    /// </summary>
    private static StringBuilder MostRelevantFirst(FullText fullText, StatementFilter filter, SearchCursor? after, int? take)
    {
        var dated = filter.From is not null || filter.To is not null;
        var filtered = dated || !string.IsNullOrEmpty(filter.Speaker) || !string.IsNullOrEmpty(filter.Source) || !string.IsNullOrEmpty(filter.Kind);
        var sql = new StringBuilder($"WITH hits AS MATERIALIZED (SELECT {fullText.Hit} AS hit, {fullText.Score} AS score FROM {fullText.From(filtered)}");
        if (dated)
        {
            sql.Append(" JOIN articles a ON a.id = st.article_id");
        }
        if (!string.IsNullOrEmpty(filter.Speaker))
        {
            sql.Append($" {StatementQueries.SpeakerLinkJoin}");
        }
        sql.Append($" WHERE {fullText.Condition}");
        AppendFilters(sql, filter);
        sql.Append(')');
        if (take is not null)
        {
            // After a cursor, the hits tied with its row may all still be on the page, in the order the join gives them:
            // the cut is made among the lower scores only, which the page reaches after every tied one.
            sql.Append($", cutoff AS (SELECT score FROM hits{(after is null ? string.Empty : " WHERE score < @afterScore")} ORDER BY score DESC LIMIT 1 OFFSET @lastOfPage)");
        }
        sql.Append($" SELECT {StatementQueries.Columns}, hits.score FROM hits JOIN statements st ON {fullText.HitLink} {StatementQueries.Joins} WHERE 1 = 1");
        if (take is not null)
        {
            sql.Append(after is null
                ? " AND hits.score >= COALESCE((SELECT score FROM cutoff), hits.score)"
                : " AND (hits.score = @afterScore OR hits.score >= COALESCE((SELECT score FROM cutoff), hits.score))");
        }
        if (after is not null)
        {
            sql.Append($" AND (hits.score < @afterScore OR (hits.score = @afterScore AND {NewerOrLater}))");
        }
        return sql.Append($" ORDER BY hits.score DESC, {Day} DESC, st.id");
    }

    private static void AppendFilters(StringBuilder sql, StatementFilter filter)
    {
        if (!string.IsNullOrEmpty(filter.Speaker))
        {
            sql.Append(" AND ss.speaker_id = @speaker");
        }
        if (!string.IsNullOrEmpty(filter.Source))
        {
            sql.Append(" AND st.source = @source");
        }
        if (!string.IsNullOrEmpty(filter.Kind))
        {
            sql.Append(" AND st.kind = @kind");
        }
        if (filter.From is not null)
        {
            sql.Append(" AND substr(a.published, 1, 10) >= @from");
        }
        if (filter.To is not null)
        {
            sql.Append(" AND substr(a.published, 1, 10) <= @to");
        }
    }

    private async Task<Dictionary<string, IReadOnlyList<TextMatch>>> MatchesAsync(DbConnection connection, SearchText text, List<StatementView> statements, CancellationToken ct)
    {
        var fullText = FullText.Of(store.Dialect);
        var marked = await connection.QueryAsync<(string Id, string Marked)>(new CommandDefinition(
            fullText.Marked, new { match = fullText.Match(text), ids = statements.Select(s => s.Id).ToList() }, cancellationToken: ct));
        var plain = statements.ToDictionary(s => s.Id, s => s.Text);
        return marked.ToDictionary(m => m.Id, m => MarkedText.Matches(m.Marked, plain[m.Id]));
    }

    /// <summary>The row's place in the order, its day taken as the SQL's <c>Day</c> takes it.</summary>
    private static SearchCursor CursorOf(SearchRow row, StatementFilter filter) =>
        new(filter.Text is null ? null : row.score, row.published is { Length: > 10 } published ? published[..10] : row.published ?? string.Empty, row.id);

#pragma warning disable IDE1006 // Dapper fills these by column name.
    private sealed class SearchRow : StatementQueries.Row
    {
        public double score { get; set; }
    }
#pragma warning restore IDE1006
}
