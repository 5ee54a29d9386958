using System.Data.Common;
using Corpus.Storage.Articles;
using Dapper;

namespace Corpus.Storage.Dedup;

/// <summary>An article that arrived before another and shares a bucket with it, and what it points to.</summary>
public sealed record DedupCandidate(string Id, long Arrival, string? DuplicateOf);

/// <summary>A settled article whose buckets are not stored yet, and the text it was fingerprinted on.</summary>
public sealed record UnindexedArticle(string Id, long Arrival, string? DuplicateOf, string Text);

/// <summary>
/// The band-bucket index of taken-in articles; an article is only ever compared with articles that arrived before it.
/// An article's ~40 buckets are hashes that land all over the index, and SQLite writes every page a commit dirties to
/// its log, so buckets stored with each pass of a few dozen articles cost a page write each. They are stored instead
/// in batches of thousands of articles, sorted, which dirty each page once a batch; the articles settled since the
/// last batch (<see cref="UnindexedAsync"/>) are looked up in memory by the intake, which reads them back when it starts.
/// </summary>
public static class DedupBuckets
{
    /// <summary>
    /// Articles that arrived before <paramref name="arrival"/> sharing any of <paramref name="buckets"/>, at most
    /// <paramref name="limit"/> of them (those sharing the most buckets, earliest on ties), earliest first. They are
    /// counted, ranked and cut in the bucket index, which is keyed by arrival; only those kept are read from articles.
    /// </summary>
    public static async Task<IReadOnlyList<DedupCandidate>> CandidatesAsync(
        DbConnection connection, long arrival, IReadOnlyCollection<long> buckets, int limit, CancellationToken ct)
    {
        if (buckets.Count == 0)
        {
            return [];
        }
        var rows = await connection.QueryAsync<(string Id, long Arrival, string? DuplicateOf)>(new CommandDefinition(
            $"""
            SELECT a.id, a.arrival, a.duplicate_of
            FROM (
                SELECT arrival FROM dedup_buckets
                WHERE {SqlDialect.Of(connection).InList("bucket", "@buckets")} AND arrival < @arrival
                GROUP BY arrival
                ORDER BY COUNT(*) DESC, arrival
                LIMIT @limit) b
            CROSS JOIN articles a
            WHERE a.state IN ('{ArticleRows.Settled}', '{ArticleRows.Processed}') AND a.arrival = b.arrival
            """,
            new { buckets = buckets.ToList(), arrival, limit = (long)limit },
            cancellationToken: ct));
        return [.. rows.OrderBy(r => r.Arrival).Select(r => new DedupCandidate(r.Id, r.Arrival, r.DuplicateOf))];
    }

    /// <summary>
    /// Stores the buckets of settled articles, and that every settled article through
    /// <paramref name="indexedThrough"/> is now indexed: the batch must hold every one of them not stored before.
    /// </summary>
    public static async Task AddAsync(
        StoreTransaction tx, IEnumerable<(long Arrival, IEnumerable<long> Buckets)> articles, long indexedThrough, CancellationToken ct)
    {
        var rows = articles.SelectMany(a => a.Buckets.Select(b => (Bucket: b, a.Arrival))).Distinct()
            .OrderBy(r => r.Bucket).ThenBy(r => r.Arrival).ToList();
        await MultiRowInsert.ExecuteAsync(tx, "dedup_buckets (bucket, arrival)", rows, r => [r.Bucket, r.Arrival], "ON CONFLICT DO NOTHING", ct);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE dedup_indexed SET through_arrival = @indexedThrough WHERE through_arrival < @indexedThrough",
            new { indexedThrough },
            tx.Transaction,
            cancellationToken: ct));
    }

    /// <summary>The settled articles whose buckets are not stored, in upload order.</summary>
    public static async Task<IReadOnlyList<UnindexedArticle>> UnindexedAsync(DbConnection connection, CancellationToken ct) =>
        [.. (await connection.QueryAsync<(string Id, long Arrival, string? DuplicateOf, byte[]? Text)>(new CommandDefinition(
            $"""
            SELECT a.id, a.arrival, a.duplicate_of, {ArticleRows.IndexedText}
            FROM dedup_indexed i CROSS JOIN articles a
            WHERE a.state IN ('{ArticleRows.Settled}', '{ArticleRows.Processed}') AND a.arrival > i.through_arrival
            ORDER BY a.arrival
            """,
            cancellationToken: ct))).Select(r => new UnindexedArticle(r.Id, r.Arrival, r.DuplicateOf, StoredText.DecompressClean(r.Text) ?? string.Empty))];
}
