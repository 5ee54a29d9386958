using System.Text;
using Corpus.Storage.Views;
using static Corpus.Storage.Search.SearchSql;

namespace Corpus.Storage.Search;

/// <summary>The query of statements most relevant first (<c>sort=relevance</c>), ties newest first, then by id.</summary>
internal static class MostRelevantFirst
{
    /// <summary>
    /// Scores every hit (filtered as it is found), or without filters only the hits the store knows can be on the page
    /// (<see cref="FullText.RankedCandidates"/>), then reads statements only for the hits that can be on the page:
    /// those scoring at least as high as the page's last row, so a common word does not read every hit's statement
    /// and article to sort them.
    /// </summary>
    /// <param name="candidates">Whether the store found the hits that can be on the page (SQLite, <see cref="SqliteRankedHits"/>); PostgreSQL finds them in the query.</param>
    public static StringBuilder Query(FullText fullText, StatementFilter filter, SearchCursor? after, int? take, bool candidates)
    {
        var dated = filter.From is not null || filter.To is not null;
        var filtered = filter.Narrowed;
        var sql = new StringBuilder("WITH hits AS MATERIALIZED (");
        if (!filtered && take is not null && candidates)
        {
            sql.Append(fullText.RankedCandidates);
        }
        else
        {
            AppendScoredHits(sql, fullText, filter, filtered, dated);
        }
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
            sql.Append($" AND (hits.score < @afterScore OR (hits.score = @afterScore AND {NewerOrLater()}))");
        }
        return sql.Append($" ORDER BY hits.score DESC, {Day} DESC, st.id");
    }

    /// <summary>Every hit with its score, filtered as it is found.</summary>
    private static void AppendScoredHits(StringBuilder sql, FullText fullText, StatementFilter filter, bool filtered, bool dated)
    {
        sql.Append($"SELECT {fullText.Hit} AS hit, {fullText.Score} AS score FROM {fullText.From(filtered)}");
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
    }
}
