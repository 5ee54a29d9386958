namespace Corpus.Text.Fingerprints;

/// <summary>
/// Which earlier articles an article is compared with, from the earlier articles each of its buckets holds: those sharing
/// the most buckets, earliest on ties, at most <see cref="DedupParameters.MaxCandidates"/>. A bucket holding more than
/// <see cref="DedupParameters.CrowdedBucket"/> earlier articles is crowded, as a lead paragraph or a quote that many
/// stories open with makes it: only its earliest that many count, and sharing it ranks below sharing any bucket that is
/// not crowded. So a lookup reads a bounded part of each bucket however large the corpus grows, and a copy that shares
/// an uncrowded bucket with its original still ranks above the many articles it shares only a crowded lead with.
/// </summary>
public static class CandidateChoice
{
    /// <param name="holders">
    /// For each distinct bucket of the article, earlier articles it holds, earliest first: all of them, or at least the
    /// earliest <see cref="DedupParameters.CrowdedBucket"/> + 1 (which tells a crowded bucket).
    /// </param>
    public static List<long> Choose(IEnumerable<IReadOnlyList<long>> holders, DedupParameters parameters)
    {
        var shared = new Dictionary<long, (int Uncrowded, int Crowded)>();
        foreach (var bucket in holders)
        {
            var crowded = bucket.Count > parameters.CrowdedBucket;
            for (var i = 0; i < bucket.Count && i < parameters.CrowdedBucket; i++)
            {
                var (uncrowded, crowdedCount) = shared.GetValueOrDefault(bucket[i]);
                shared[bucket[i]] = crowded ? (uncrowded, crowdedCount + 1) : (uncrowded + 1, crowdedCount);
            }
        }
        return [.. shared
            .OrderByDescending(c => c.Value.Uncrowded)
            .ThenByDescending(c => c.Value.Crowded)
            .ThenBy(c => c.Key)
            .Take(parameters.MaxCandidates)
            .Select(c => c.Key)];
    }
}
