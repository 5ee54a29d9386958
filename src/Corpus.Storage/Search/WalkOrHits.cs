using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Search;

/// <summary>
/// Whether a page of a query newest first walks statements by day, checking each against the query, or reads hits.
/// Both give the same page. A walk reads about the page's size divided by the share of statements that match. Reading
/// one speaker's hits reads every hit; without a speaker, PostgreSQL reads the hits of the page's days
/// (<see cref="DayWindows"/>), about the page's size of them. A hit costs a statement and an article looked up by key,
/// several times a walked row.
/// </summary>
internal static class WalkOrHits
{
    /// <summary>What reading one hit costs in walked rows: a statement and an article looked up by key, against one step along an index (bench/README.md, statement search).</summary>
    private const double HitCostInWalkedRows = 4;

    /// <summary>How many statements a query finds and how many there are, as the store estimates them (<see cref="FullText.HitEstimate"/>), and the speaker's (migration 0016).</summary>
    public sealed record Estimate(double Hits, double Statements, long BySpeaker)
    {
        /// <summary>True to walk.</summary>
        public bool Walks(StatementFilter filter) =>
            // One speaker's statements are walked through their own index, all of them at worst. Otherwise the
            // filters thin a walk and the hits of the page's days alike, and the query's share alone decides.
            string.IsNullOrEmpty(filter.Speaker) ? Hits / Math.Max(1, Statements) * HitCostInWalkedRows > 1 : BySpeaker < Hits * HitCostInWalkedRows;

        /// <summary>Hits a day, as if they were spread evenly over the days from <paramref name="oldest"/> to <paramref name="newest"/>.</summary>
        public double HitsPerDay(long oldest, long newest) => Math.Max(Hits, 1) / Math.Max(1, newest - oldest + 1);
    }

    public static async Task<Estimate> EstimateAsync(DbConnection connection, FullText fullText, StatementFilter filter, CancellationToken ct)
    {
        var (hits, statements, bySpeaker) = await connection.QuerySingleAsync<(double Hits, double? Statements, long? BySpeaker)>(new CommandDefinition(
            $"""
            SELECT e.hits, e.statements, (SELECT statement_count FROM speakers WHERE id = @speaker) AS by_speaker
            FROM ({fullText.HitEstimate}) e
            """,
            new { match = fullText.Match(filter.Text!), speaker = filter.Speaker },
            cancellationToken: ct));
        return new Estimate(hits, statements ?? 0, bySpeaker ?? 0);
    }
}
