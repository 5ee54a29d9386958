using System.Text;
using Corpus.Storage.Views;
using static Corpus.Storage.Search.SearchSql;

namespace Corpus.Storage.Search;

/// <summary>The queries of statements newest first (by their article's day, then id), with or without a full-text query.</summary>
internal static class NewestFirst
{
    /// <summary>
    /// Walks articles by day, newest first, through their index (migration 0015) and stops at the page's end, rather
    /// than sorting every statement by its article's day; with <paramref name="matching"/>, each statement is checked
    /// against the query on the way, which costs a page about its size divided by the share of statements that match.
    /// SQLite, which has no statistics unless ANALYZE ran, would read statements first; a CROSS JOIN keeps its order
    /// (PostgreSQL plans it as any join). One speaker's statements are walked through their links instead (<see cref="BySpeaker"/>).
    /// </summary>
    public static StringBuilder Walk(SqlDialect dialect, StatementFilter filter, SearchCursor? after, FullText? matching)
    {
        if (!string.IsNullOrEmpty(filter.Speaker))
        {
            return BySpeaker(dialect, filter, after, matching);
        }
        var sql = new StringBuilder(
            $"SELECT {StatementQueries.Columns} FROM articles a CROSS JOIN statements st {StatementQueries.SpeakerLinkJoin} {StatementQueries.LinkJoins} WHERE {dialect.StatementOfArticle("st", "a")}");
        if (matching is not null)
        {
            sql.Append($" AND {matching.Matches}");
        }
        return Finish(sql, filter, after);
    }

    /// <summary>
    /// One speaker's statements, walked through the speaker's links by day, newest first, then statement (migration
    /// 0046), which stops at the page's end. A link's day is its article's day as a number: the same order as
    /// <see cref="Day"/> for every date a store holds, undated last.
    /// </summary>
    private static StringBuilder BySpeaker(SqlDialect dialect, StatementFilter filter, SearchCursor? after, FullText? matching)
    {
        var sql = new StringBuilder(
            $"""
            SELECT {StatementQueries.Columns}
            FROM statement_speakers ss CROSS JOIN statements st {StatementQueries.LinkJoins} {StatementQueries.ArticleJoin}
            WHERE st.id = ss.statement_id
            """);
        if (matching is not null)
        {
            sql.Append($" AND {matching.Matches}");
        }
        AppendFilters(sql, filter);
        if (after is not null)
        {
            var afterDay = dialect.DayNumber("@afterDay");
            sql.Append($" AND ss.day <= {afterDay} AND (ss.day < {afterDay} OR ss.statement_id > @afterId)");
        }
        return sql.Append(" ORDER BY ss.day DESC, ss.statement_id");
    }

    /// <summary>
    /// Reads the query's hits from the full-text index with their statements, and the day of each that passes the
    /// statement's own filters (looked up by its article's key: a join would let PostgreSQL hash every article), sorts
    /// them by day, and only then reads the page's links: what a query with few hits costs, whatever their days. It
    /// finds what <see cref="Walk"/> finds: without a speaker, statements whose article is not stored (no day) are left
    /// out, as a walk of articles never meets them. The hits are <c>h</c>, not <c>st</c>: a plan's scan of them reads
    /// no table.
    /// </summary>
    public static StringBuilder Hits(FullText fullText, StatementFilter filter, SearchCursor? after, int? take)
    {
        var bySpeaker = !string.IsNullOrEmpty(filter.Speaker);
        var day = bySpeaker ? "COALESCE(h.day, '')" : "h.day";
        var found = new StringBuilder(bySpeaker
            ? $"SELECT h.id FROM hits h {StatementQueries.SpeakerLinkJoin.Replace("st.id", "h.id", StringComparison.Ordinal)} WHERE 1 = 1"
            : "SELECT h.id FROM hits h WHERE h.day IS NOT NULL");
        Finish(found, filter, after, "h", day);
        if (take is not null)
        {
            found.Append(" LIMIT @take");
        }
        var hits = new StringBuilder(
            $"SELECT st.id, st.source, st.kind, (SELECT {Day} FROM articles a WHERE a.id = st.article_id) AS day FROM {fullText.From(true)} WHERE {fullText.Condition}");
        AppendStatementFilters(hits, filter);
        return new StringBuilder(
            $"WITH hits AS MATERIALIZED ({hits}), found AS MATERIALIZED ({found}) " +
            $"SELECT {StatementQueries.Columns} FROM found JOIN statements st ON st.id = found.id {StatementQueries.Joins} ORDER BY {Day} DESC, st.id");
    }

    private static StringBuilder Finish(StringBuilder sql, StatementFilter filter, SearchCursor? after, string statement = "st", string day = Day)
    {
        AppendFilters(sql, filter, statement, day);
        if (after is not null)
        {
            sql.Append($" AND {NewerOrLater(statement, day)}");
        }
        return sql.Append($" ORDER BY {day} DESC, {statement}.id");
    }
}
