using Corpus.Storage.Facts;
using Corpus.Text.Boilerplate;

namespace Corpus.Grains.Sources;

/// <summary>
/// In how many of one outlet's articles each paragraph appears. A paragraph in <see cref="RecurringParagraphs.Threshold"/>
/// or more is furniture: articles analysed after that lose it at once, and the articles that kept it before are told
/// to drop it then, so every article of the outlet ends the same whatever order they arrived in. A copy of an earlier
/// story is not counted, so that copies never make a story's paragraphs look like furniture, but it loses furniture too.
/// </summary>
/// <remarks>
/// Furniture recurs: a newsletter prompt, a bio, a republishing notice comes back within a few hundred articles of its
/// outlet. Most paragraphs never come back, and an outlet prints millions, so only the <paramref name="tracked"/>
/// paragraphs seen last are counted: one not seen again for that long starts again from nothing. An activation counts
/// the stored articles again in upload order through this class, so it ends where counting as they came ended.
/// </remarks>
/// <param name="tracked">How many paragraphs that are not furniture (yet) are counted.</param>
internal sealed class OutletParagraphs(int tracked = OutletParagraphs.Tracked)
{
    /// <summary>Some three thousand articles' worth of paragraphs; about three megabytes.</summary>
    public const int Tracked = 30_000;

    private readonly Dictionary<long, Tally> _tallies = [];
    private readonly PriorityQueue<long, long> _leastRecentlySeen = new();
    private readonly HashSet<long> _furniture = [];

    /// <param name="Holders">The articles that still print the paragraph.</param>
    private readonly record struct Tally(int Articles, long LastSeen, string[] Holders);

    public IReadOnlyCollection<long> Furniture => _furniture;

    /// <summary>Counts one article; adds to <paramref name="toForget"/> the articles that must now drop a paragraph.</summary>
    /// <returns>Whether a paragraph became furniture.</returns>
    public bool Count(ArticleParagraphs article, Dictionary<string, SortedSet<long>> toForget)
    {
        var kept = article.Kept.ToHashSet();
        var learnt = false;
        foreach (var fingerprint in article.Fingerprints.Distinct())
        {
            if (_furniture.Contains(fingerprint))
            {
                if (kept.Contains(fingerprint))
                {
                    Forget(toForget, article.ArticleId, fingerprint);
                }
                continue;
            }
            if (!_tallies.TryGetValue(fingerprint, out var tally))
            {
                tally = new Tally(0, article.Arrival, []);
                _leastRecentlySeen.Enqueue(fingerprint, article.Arrival);
            }
            tally = new Tally(
                tally.Articles + (article.Counted ? 1 : 0),
                Math.Max(tally.LastSeen, article.Arrival),
                kept.Contains(fingerprint) ? [.. tally.Holders, article.ArticleId] : tally.Holders);
            if (tally.Articles < RecurringParagraphs.Threshold)
            {
                _tallies[fingerprint] = tally;
                continue;
            }
            _tallies.Remove(fingerprint);
            _furniture.Add(fingerprint);
            learnt = true;
            foreach (var holder in tally.Holders)
            {
                Forget(toForget, holder, fingerprint);
            }
        }
        StopTrackingTheLeastRecentlySeen();
        return learnt;
    }

    private void StopTrackingTheLeastRecentlySeen()
    {
        while (_tallies.Count > tracked && _leastRecentlySeen.TryDequeue(out var fingerprint, out var seen))
        {
            if (_tallies.TryGetValue(fingerprint, out var tally) && tally.LastSeen > seen)
            {
                // Seen again since it was queued.
                _leastRecentlySeen.Enqueue(fingerprint, tally.LastSeen);
            }
            else
            {
                _tallies.Remove(fingerprint);
            }
        }
    }

    private static void Forget(Dictionary<string, SortedSet<long>> toForget, string article, long fingerprint) =>
        (toForget.TryGetValue(article, out var set) ? set : toForget[article] = []).Add(fingerprint);
}
