using System.Data.Common;
using System.Text;
using Corpus.Storage.Views;
using Dapper;
using static Corpus.Storage.Search.SearchSql;

namespace Corpus.Storage.Search;

/// <summary>
/// A query's statements newest first on PostgreSQL. A statement keeps its article's day, and the full-text index holds
/// it beside the words (migration 0053): a page reads the hits of its newest days, found in the index as the words'
/// and those days' entries together, enough days for the page if the hits were spread evenly; it reads four times as
/// many days further back each time the page is still short. Where a window costs more than the hits left (a rare
/// word, or the days almost all read), it reads every hit left instead.
/// </summary>
internal static class DayWindows
{
    /// <summary>How many hits the first window is sized for beyond the page, against days with fewer hits than the average.</summary>
    private const int FirstWindowSlack = 8;

    /// <summary>
    /// What looking up one day's entries beside the words' costs, in pages (a hit costs one): measured with a scan per
    /// day at a million, which costs no less than the one scan of a window (bench/README.md, "days in the index").
    /// </summary>
    private const double DayCostInHits = 11;

    /// <summary>
    /// At most <paramref name="take"/> rows of the page after <paramref name="after"/>, newest first;
    /// <paramref name="command"/> makes a command of the search's parameters and the ones given.
    /// </summary>
    public static async Task<List<T>> ReadAsync<T>(
        DbConnection connection, StatementFilter filter, SearchCursor? after, int take, WalkOrHits.Estimate estimate, Func<string, object, DbTransaction, CommandDefinition> command, CancellationToken ct)
    {
        await using var tx = await ReadSnapshot.BeginAsync(connection, ct);
        var days = await connection.QuerySingleAsync<Days>(new CommandDefinition(
            $"""
            SELECT (SELECT corpus_day_number(max({Day})) FROM articles a) AS newest,
                   (SELECT corpus_day_number(min({Day})) FROM articles a WHERE {Day} > '') AS oldest,
                   corpus_day_number(@afterDay) AS after, corpus_day_number(@from) AS first, corpus_day_number(@to) AS last
            """,
            new { afterDay = after?.Day, from = filter.From, to = filter.To },
            tx,
            cancellationToken: ct));
        // Day 0 holds the undated, last newest first and in no range of dates.
        var undated = filter.From is null && filter.To is null;
        var lowestDated = Math.Max(Math.Max(days.Oldest, 1), filter.From is null ? 1 : days.First);
        var below = 1 + Math.Min(days.Newest, Math.Min(after is null ? long.MaxValue : days.After, filter.To is null ? long.MaxValue : days.Last));
        var hitsPerDay = estimate.HitsPerDay(days.Oldest, days.Newest);
        var window = (long)Math.Max(1, Math.Ceiling((take + FirstWindowSlack) / hitsPerDay));
        var rows = new List<T>();
        while (rows.Count < take && (below > lowestDated || (undated && below > 0)))
        {
            var datedLeft = Math.Max(0, below - lowestDated);
            var rest = take - rows.Count;
            if (window < datedLeft && window * (DayCostInHits + hitsPerDay) < datedLeft * hitsPerDay)
            {
                var read = new { rest, afterDayNumber = days.After, days = DaysFrom(below - window, below) };
                rows.AddRange(await connection.QueryAsync<T>(command(PageQuery(filter, after, OnDays), read, tx)));
                below -= window;
                window *= 4;
                continue;
            }
            // The last read: the days left by their entries when they are no more than a window, every hit left otherwise.
            int[] left = [.. DaysFrom(lowestDated, below), .. undated ? [0] : Array.Empty<int>()];
            var everyHitLeft = $"st.day < @below AND (st.day >= @lowestDated{(undated ? " OR st.day = 0" : "")})";
            var last = new { rest, afterDayNumber = days.After, days = left, below, lowestDated };
            rows.AddRange(await connection.QueryAsync<T>(command(PageQuery(filter, after, window >= datedLeft ? OnDays : everyHitLeft), last, tx)));
            break;
        }
        await tx.CommitAsync(ct);
        return rows;
    }

    /// <summary>
    /// The query of the first <c>@rest</c> rows of a page among the hits on the days <paramref name="onDays"/> takes,
    /// with the statement's own filters: the hits are read and sorted, and only then is each looked up in its article
    /// (a statement whose article is not stored is on no page), until the page is full.
    /// </summary>
    private static string PageQuery(StatementFilter filter, SearchCursor? after, string onDays)
    {
        var hits = new StringBuilder(
            $"""
            SELECT st.id, st.article_id, st.day FROM statements st CROSS JOIN websearch_to_tsquery('corpus_search', @match) query
            WHERE st.search @@ query AND {onDays}
            """);
        AppendStatementFilters(hits, filter);
        if (after is not null)
        {
            hits.Append(" AND st.day <= @afterDayNumber AND (st.day < @afterDayNumber OR st.id > @afterId)");
        }
        // OFFSET 0 keeps the article's lookup out of the sorted hits, where the planner would make it before sorting.
        return
            $"""
            SELECT {StatementQueries.Columns}
            FROM (SELECT h.id, h.day FROM ({hits} ORDER BY st.day DESC, st.id OFFSET 0) h
                  WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = h.article_id) LIMIT @rest) found
            JOIN statements st ON st.id = found.id {StatementQueries.Joins}
            ORDER BY found.day DESC, st.id
            """;
    }

    /// <summary>Hits on the days <c>@days</c>, found in the index's entries of those days (migration 0053).</summary>
    private const string OnDays = "ARRAY[st.day] && @days";

    private static int[] DaysFrom(long first, long below) => first >= below ? [] : [.. Enumerable.Range((int)first, (int)(below - first))];

    private sealed record Days(int Newest, int Oldest, int After, int First, int Last);
}
