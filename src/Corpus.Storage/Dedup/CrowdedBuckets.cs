namespace Corpus.Storage.Dedup;

/// <summary>
/// Buckets found crowded, with their earliest articles, for the lookups of one intake. A lookup reads no more of a
/// bucket than its earliest <see cref="Text.Fingerprints.DedupParameters.CrowdedBucket"/> + 1 articles, and once a
/// bucket holds that many those are its earliest for good: articles are indexed in upload order, each after every
/// earlier one. So a crowded bucket is read once, and later lookups take its earliest from here rather than from the
/// store, where PostgreSQL would read every article the bucket holds. At most <see cref="MaxBuckets"/> are kept.
/// </summary>
public sealed class CrowdedBuckets
{
    /// <summary>About 20 MB of arrivals at the default bound.</summary>
    public const int MaxBuckets = 32_768;

    private readonly Dictionary<long, long[]> _earliest = [];

    /// <summary>How many buckets are kept.</summary>
    public int Count => _earliest.Count;

    /// <summary>The earliest <paramref name="take"/> articles of a bucket found crowded at that bound or a larger one, or null.</summary>
    internal long[]? Earliest(long bucket, int take) =>
        _earliest.TryGetValue(bucket, out var earliest) && earliest.Length >= take ? earliest[..take] : null;

    /// <summary>Keeps a bucket's earliest <paramref name="take"/> articles, when a lookup found that many before an article.</summary>
    internal void Add(long bucket, IReadOnlyList<long> earliest, int take)
    {
        if (earliest.Count >= take && _earliest.Count < MaxBuckets && (!_earliest.TryGetValue(bucket, out var kept) || kept.Length < take))
        {
            _earliest[bucket] = [.. earliest.Take(take)];
        }
    }
}
