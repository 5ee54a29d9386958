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
    public static async Task<string?> CanonicalAsync(StoreTransaction tx, string articleId, long arrival, DuplicateFingerprint fingerprint, CancellationToken ct)
    {
        var copied = await EarliestCopiedAsync(tx, articleId, arrival, fingerprint, ct);
        while (copied is { State: ArticleRows.Indexed })
        {
            // Taken in but not settled yet (its turn may be running now): its decision rests on earlier articles
            // only, all of them indexed, so it is made here the same way.
            var itsCopy = await EarliestCopiedAsync(tx, copied.Id, copied.Arrival, DuplicateFingerprinter.Default.Of(copied.AnalyzedText), ct);
            if (itsCopy is null)
            {
                return copied.Id;
            }
            copied = itsCopy;
        }
        return copied is null ? null : copied.DuplicateOf ?? copied.Id;
    }

    private static async Task<DedupCandidate?> EarliestCopiedAsync(
        StoreTransaction tx, string articleId, long arrival, DuplicateFingerprint fingerprint, CancellationToken ct)
    {
        if (fingerprint.IsEmpty)
        {
            return null;
        }
        var fingerprinter = DuplicateFingerprinter.Default;
        foreach (var candidate in await DedupBuckets.CandidatesAsync(tx, articleId, arrival, fingerprint.Buckets, fingerprinter.Parameters.MaxCandidates, ct))
        {
            if (fingerprinter.AreDuplicates(fingerprint.Shingles, fingerprinter.ShinglesOf(candidate.AnalyzedText)))
            {
                return candidate;
            }
        }
        return null;
    }
}
