using System.Text;

namespace Corpus.Storage.Search;

/// <summary>What the queries of <see cref="StatementSearch"/> share: a statement's day, the keyset condition by day, the filters.</summary>
internal static class SearchSql
{
    /// <summary>The day of the statement's article <c>a</c>; undated articles sort last, as ''. Indexed as <c>articles_day</c> (migration 0015).</summary>
    public const string Day = "COALESCE(substr(a.published, 1, 10), '')";

    /// <summary>Rows after <c>@afterDay</c>/<c>@afterId</c> newest first; the first condition alone lets the store seek in <c>articles_day</c>.</summary>
    public static string NewerOrLater(string statement = "st", string day = Day) => $"{day} <= @afterDay AND ({day} < @afterDay OR {statement}.id > @afterId)";

    /// <summary>
    /// The filters on the statement (<c>st</c> unless named), its speaker link <c>ss</c> and its day (<see cref="Day"/>
    /// unless given), so that a walk by day seeks to them; an undated statement (day '') is in no range of dates.
    /// </summary>
    public static void AppendFilters(StringBuilder sql, StatementFilter filter, string statement = "st", string day = Day)
    {
        if (!string.IsNullOrEmpty(filter.Speaker))
        {
            sql.Append(" AND ss.speaker_id = @speaker");
        }
        AppendStatementFilters(sql, filter, statement);
        if (filter.From is not null)
        {
            sql.Append($" AND {day} >= @from");
        }
        if (filter.To is not null)
        {
            sql.Append($" AND {day} > '' AND {day} <= @to");
        }
    }

    /// <summary>The filters on the statement's own columns.</summary>
    public static void AppendStatementFilters(StringBuilder sql, StatementFilter filter, string statement = "st")
    {
        if (!string.IsNullOrEmpty(filter.Source))
        {
            sql.Append($" AND {statement}.source = @source");
        }
        if (!string.IsNullOrEmpty(filter.Kind))
        {
            sql.Append($" AND {statement}.kind = @kind");
        }
    }
}
