using Dapper;
using Corpus.Storage.Articles;

namespace Corpus.Storage.Dedup;

/// <summary>
/// An article that arrived before another and shares a bucket with it: its text to confirm the copy, and what it
/// points to. An <see cref="ArticleRows.Indexed"/> one has not decided yet whether it copies an earlier one.
/// </summary>
public sealed record DedupCandidate(string Id, long Arrival, string State, string? DuplicateOf, string AnalyzedText);

/// <summary>
/// The band-bucket index of taken-in articles. An article is only compared with articles that arrived before it, so no
/// turn needs a lock to read or write the index. Rows are removed only when an article is taken in again (see
/// <see cref="RemoveAsync"/>).
/// </summary>
public static class DedupBuckets
{
    /// <summary>
    /// Articles that arrived before <paramref name="arrival"/> sharing any of <paramref name="buckets"/>, at most
    /// <paramref name="limit"/> of them (those sharing the most buckets, earliest on ties), earliest first.
    /// </summary>
    public static async Task<IReadOnlyList<DedupCandidate>> CandidatesAsync(
        StoreTransaction tx, string articleId, long arrival, IReadOnlyCollection<long> buckets, int limit, CancellationToken ct)
    {
        if (buckets.Count == 0)
        {
            return [];
        }
        var rows = await tx.Connection.QueryAsync<(string Id, long Arrival, string State, string? DuplicateOf, string? AnalyzedText)>(new CommandDefinition(
            $"""
            SELECT a.id, a.arrival, a.state, a.duplicate_of, COALESCE(a.analyzed_text, a.clean_text)
            FROM (
                SELECT article_id, COUNT(*) AS shared FROM dedup_buckets
                WHERE {tx.Dialect.InList("bucket", "@buckets")} AND article_id <> @articleId
                GROUP BY article_id) b
            JOIN articles a ON a.id = b.article_id
            WHERE a.arrival < @arrival AND a.state IN ('{ArticleRows.Indexed}', '{ArticleRows.Processed}')
            ORDER BY b.shared DESC, a.arrival
            LIMIT @limit
            """,
            new { buckets = buckets.ToList(), articleId, arrival, limit = (long)limit },
            tx.Transaction,
            cancellationToken: ct));
        return [.. rows.OrderBy(r => r.Arrival).Select(r => new DedupCandidate(r.Id, r.Arrival, r.State, r.DuplicateOf, r.AnalyzedText ?? string.Empty))];
    }

    /// <summary>Indexes articles. Only the turn that completes an article's queue item commits, so it is indexed once.</summary>
    public static Task AddAsync(StoreTransaction tx, IEnumerable<(string ArticleId, IEnumerable<long> Buckets)> articles, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx, "dedup_buckets (bucket, article_id)", [.. articles.SelectMany(a => a.Buckets.Distinct().Select(b => (Bucket: b, a.ArticleId)))], r => [r.Bucket, r.ArticleId], ct);

    /// <summary>Takes an article out of the index, before it is taken in again; by its buckets, which the index is on.</summary>
    public static Task RemoveAsync(StoreTransaction tx, string articleId, IReadOnlyCollection<long> buckets, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM dedup_buckets WHERE {tx.Dialect.InList("bucket", "@buckets")} AND article_id = @articleId",
            new { buckets = buckets.ToList(), articleId },
            tx.Transaction,
            cancellationToken: ct));
}
