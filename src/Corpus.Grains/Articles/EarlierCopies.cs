using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Dedup;
using Corpus.Text.Fingerprints;

namespace Corpus.Grains.Articles;

/// <summary>
/// Whether an article copies one that arrived before it. It joins the group of the earliest such article, and
/// groups never merge afterwards, so the decision depends only on articles that arrived earlier: it is made once all
/// of them are in the index, and no later arrival, processed in whatever order, can change it.
/// </summary>
public static class EarlierCopies
{
    /// <summary>The canonical article of the group the article joins, or null when it copies no earlier article.</summary>
    /// <param name="shingles">The article's shingles, asked for only when some earlier article shares a bucket with it.</param>
    /// <param name="decided">Articles settled earlier in the same turn but not yet written: what each copies, or null.</param>
    public static async Task<string?> CanonicalAsync(
        StoreTransaction tx,
        string articleId,
        long arrival,
        IReadOnlyCollection<long> buckets,
        Func<ulong[]> shingles,
        IReadOnlyDictionary<string, string?> decided,
        CancellationToken ct)
    {
        var copied = await EarliestCopiedAsync(tx, articleId, arrival, buckets, shingles, ct);
        while (copied is { State: ArticleRows.Indexed })
        {
            if (decided.TryGetValue(copied.Id, out var itsCanonical))
            {
                return itsCanonical ?? copied.Id;
            }
            // Taken in but not settled yet (its turn may be running now): its decision rests on earlier articles
            // only, all of them indexed, so it is made here the same way.
            var fingerprint = DuplicateFingerprinter.Default.Of(copied.AnalyzedText);
            var itsCopy = await EarliestCopiedAsync(tx, copied.Id, copied.Arrival, fingerprint.Buckets, () => fingerprint.Shingles, ct);
            if (itsCopy is null)
            {
                return copied.Id;
            }
            copied = itsCopy;
        }
        return copied is null ? null : copied.DuplicateOf ?? copied.Id;
    }

    private static async Task<DedupCandidate?> EarliestCopiedAsync(
        StoreTransaction tx, string articleId, long arrival, IReadOnlyCollection<long> buckets, Func<ulong[]> shinglesOf, CancellationToken ct)
    {
        var fingerprinter = DuplicateFingerprinter.Default;
        ulong[]? shingles = null;
        foreach (var candidate in await DedupBuckets.CandidatesAsync(tx, articleId, arrival, buckets, fingerprinter.Parameters.MaxCandidates, ct))
        {
            shingles ??= shinglesOf();
            if (fingerprinter.AreDuplicates(shingles, fingerprinter.ShinglesOf(candidate.AnalyzedText)))
            {
                return candidate;
            }
        }
        return null;
    }
}
