using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Search;

/// <summary>
/// Whether a page of a query newest first walks statements by day, checking each against the query, or reads every
/// hit and sorts them by day. Both give the same page. A walk reads about the page's size divided by the share of
/// statements that both match and pass the filters; reading hits costs a statement and an article lookup for each,
/// several times a walked row, however few can be on the page.
/// </summary>
internal static class WalkOrHits
{
    /// <summary>What reading one hit costs in walked rows: a statement and an article looked up by key, against one step along an index (bench/README.md, statement search).</summary>
    private const double HitCostInWalkedRows = 4;

    /// <summary>True to walk; the hits as the store estimates them (<see cref="FullText.HitEstimate"/>), the filters' share from the kept counts (migration 0016).</summary>
    public static async Task<bool> WalksAsync(DbConnection connection, FullText fullText, StatementFilter filter, int take, CancellationToken ct)
    {
        var (hits, statements, inSource, bySpeaker) = await connection.QuerySingleAsync<(double Hits, double? Statements, long? InSource, long? BySpeaker)>(new CommandDefinition(
            $"""
            SELECT e.hits, e.statements,
                   (SELECT statements FROM source_counts WHERE source = @source) AS in_source,
                   (SELECT statement_count FROM speakers WHERE id = @speaker) AS by_speaker
            FROM ({fullText.HitEstimate}) e
            """,
            new { match = fullText.Match(filter.Text!), source = filter.Source, speaker = filter.Speaker },
            cancellationToken: ct));
        var hitsCost = hits * HitCostInWalkedRows;
        if (!string.IsNullOrEmpty(filter.Speaker))
        {
            // One speaker's statements are walked through their own index, all of them at worst.
            return (bySpeaker ?? 0) < hitsCost;
        }
        var share = Math.Min(1, hits / Math.Max(1, statements ?? 0));
        if (!string.IsNullOrEmpty(filter.Source))
        {
            share *= Math.Min(1, (inSource ?? 0) / Math.Max(1, statements ?? 0));
        }
        if (!string.IsNullOrEmpty(filter.Kind))
        {
            share /= StatementFilter.Kinds.Count;
        }
        return share > 0 && take / share < hitsCost;
    }
}
