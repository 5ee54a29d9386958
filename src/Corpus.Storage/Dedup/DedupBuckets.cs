using System.Data.Common;
using Corpus.Storage.Articles;
using Dapper;

namespace Corpus.Storage.Dedup;

/// <summary>An article that arrived before another and shares a bucket with it, and what it points to.</summary>
public sealed record DedupCandidate(string Id, long Arrival, string? DuplicateOf);

/// <summary>The band-bucket index of taken-in articles; an article is only ever compared with articles that arrived before it.</summary>
public static class DedupBuckets
{
    /// <summary>
    /// Articles that arrived before <paramref name="arrival"/> sharing any of <paramref name="buckets"/>, at most
    /// <paramref name="limit"/> of them (those sharing the most buckets, earliest on ties), earliest first. The bucket
    /// lookups come first (<c>CROSS JOIN</c> keeps SQLite's join order): left to choose, SQLite may walk every earlier
    /// article through the (state, arrival) index, which grows with the corpus.
    /// </summary>
    public static async Task<IReadOnlyList<DedupCandidate>> CandidatesAsync(
        DbConnection connection, string articleId, long arrival, IReadOnlyCollection<long> buckets, int limit, CancellationToken ct)
    {
        if (buckets.Count == 0)
        {
            return [];
        }
        var rows = await connection.QueryAsync<(string Id, long Arrival, string? DuplicateOf)>(new CommandDefinition(
            $"""
            SELECT a.id, a.arrival, a.duplicate_of
            FROM (
                SELECT article_id, COUNT(*) AS shared FROM dedup_buckets
                WHERE {SqlDialect.Of(connection).InList("bucket", "@buckets")} AND article_id <> @articleId
                GROUP BY article_id) b
            CROSS JOIN articles a
            WHERE a.id = b.article_id AND a.arrival < @arrival AND a.state IN ('{ArticleRows.Settled}', '{ArticleRows.Processed}')
            ORDER BY b.shared DESC, a.arrival
            LIMIT @limit
            """,
            new { buckets = buckets.ToList(), articleId, arrival, limit = (long)limit },
            cancellationToken: ct));
        return [.. rows.OrderBy(r => r.Arrival).Select(r => new DedupCandidate(r.Id, r.Arrival, r.DuplicateOf))];
    }

    /// <summary>Indexes articles as they are settled; an article is settled once, so it is indexed once.</summary>
    public static Task AddAsync(StoreTransaction tx, IEnumerable<(string ArticleId, IEnumerable<long> Buckets)> articles, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx, "dedup_buckets (bucket, article_id)", [.. articles.SelectMany(a => a.Buckets.Distinct().Select(b => (Bucket: b, a.ArticleId)))], r => [r.Bucket, r.ArticleId], ct);
}
