using Dapper;

namespace Corpus.Storage.Dedup;

/// <summary>An article already indexed that shares a bucket with a new one, with the canonical article of its group.</summary>
public sealed record DedupCandidate(string Id, string Canonical, string AnalyzedText);

/// <summary>
/// The band-bucket index of processed articles. A turn that reads or writes a bucket holds that bucket's lock
/// (<see cref="LockKeysOf"/>), so two near-duplicates processed at once share a lock, run one after the other,
/// and the second sees the first.
/// </summary>
public static class DedupBuckets
{
    /// <summary>
    /// Buckets are locked in stripes, so the key space stays bounded however many buckets exist. An article has some
    /// forty buckets, so a turn of a few articles holds a few hundred stripes: there must be far more stripes than that
    /// squared, or two turns of unrelated articles almost always share a stripe and wait for each other.
    /// </summary>
    public const int LockStripes = 1 << 20;

    public static IEnumerable<string> LockKeysOf(IEnumerable<long> buckets) =>
        buckets.Select(b => "dedup:" + ((ulong)b % LockStripes).ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Articles sharing any of <paramref name="buckets"/>, at most <paramref name="limit"/> of them (those sharing the
    /// most buckets, earliest processed on ties), each with the canonical article of its group, earliest processed group
    /// first. The pointer is followed twice: an article added to a group while another turn was joining that group to an
    /// earlier one points at the former canonical article, which points at the root.
    /// </summary>
    public static async Task<IReadOnlyList<DedupCandidate>> CandidatesAsync(StoreTransaction tx, string articleId, IReadOnlyCollection<long> buckets, int limit, CancellationToken ct)
    {
        if (buckets.Count == 0)
        {
            return [];
        }
        var rows = await tx.Connection.QueryAsync<(string Id, string Canonical, string? AnalyzedText, long? CanonicalAt)>(new CommandDefinition(
            $"""
            SELECT a.id, r.id, COALESCE(a.analyzed_text, a.clean_text), r.processed_at
            FROM (
                SELECT p.id FROM (
                    SELECT article_id, COUNT(*) AS shared FROM dedup_buckets
                    WHERE {tx.Dialect.InList("bucket", "@buckets")} AND article_id <> @articleId
                    GROUP BY article_id) b
                JOIN articles p ON p.id = b.article_id
                ORDER BY b.shared DESC, p.processed_at, p.id
                LIMIT @limit) b
            JOIN articles a ON a.id = b.id
            JOIN articles c ON c.id = COALESCE(a.duplicate_of, a.id)
            JOIN articles r ON r.id = COALESCE(c.duplicate_of, c.id)
            """,
            new { buckets = buckets.ToList(), articleId, limit = (long)limit },
            tx.Transaction,
            cancellationToken: ct));
        return [.. rows
            .OrderBy(r => r.CanonicalAt ?? long.MaxValue)
            .ThenBy(r => r.Canonical, StringComparer.Ordinal)
            .Select(r => new DedupCandidate(r.Id, r.Canonical, r.AnalyzedText ?? string.Empty))];
    }

    /// <summary>
    /// Union of two groups: every article of the group of <paramref name="canonical"/> (and that article itself) now points
    /// to <paramref name="into"/>, the earlier group's canonical article, so each article still points straight at its root.
    /// </summary>
    public static Task MergeGroupAsync(StoreTransaction tx, string canonical, string into, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE articles SET duplicate_of = @into WHERE duplicate_of = @canonical OR id = @canonical",
            new { canonical, into },
            tx.Transaction,
            cancellationToken: ct));

    /// <summary>Indexes an article. Only the turn that completes its queue item commits, so it is indexed once.</summary>
    public static Task AddAsync(StoreTransaction tx, string articleId, IEnumerable<long> buckets, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(tx, "dedup_buckets (bucket, article_id)", buckets.Distinct().ToList(), b => [b, articleId], ct);
}
