using Corpus.Storage.Facts;
using Corpus.Text.Boilerplate;

namespace Corpus.Grains.Sources;

/// <summary>
/// In how many of one outlet's articles each paragraph appears. A paragraph in <see cref="RecurringParagraphs.Threshold"/>
/// or more is furniture: articles analysed after that lose it at once, and the articles that kept it before are told
/// to drop it then, so every article of the outlet ends the same whatever order they arrived in. A copy of an earlier
/// story is not counted, so that copies never make a story's paragraphs look like furniture, but it loses furniture too.
/// </summary>
internal sealed class OutletParagraphs
{
    private readonly Dictionary<long, (long Articles, List<string> Holders)> _paragraphs = [];

    public IReadOnlyList<long> Furniture() => [.. _paragraphs.Where(p => p.Value.Articles >= RecurringParagraphs.Threshold).Select(p => p.Key)];

    /// <summary>Counts one article; adds to <paramref name="toForget"/> the articles that must now drop a paragraph.</summary>
    public void Count(ArticleParagraphs article, Dictionary<string, SortedSet<long>> toForget)
    {
        var kept = article.Kept.ToHashSet();
        foreach (var fingerprint in article.Fingerprints.Distinct())
        {
            var (articles, holders) = _paragraphs.GetValueOrDefault(fingerprint, (0, []));
            articles += article.Counted ? 1 : 0;
            if (kept.Contains(fingerprint))
            {
                holders.Add(article.ArticleId);
            }
            if (articles >= RecurringParagraphs.Threshold)
            {
                foreach (var holder in holders)
                {
                    (toForget.TryGetValue(holder, out var set) ? set : toForget[holder] = []).Add(fingerprint);
                }
                holders = [];
            }
            _paragraphs[fingerprint] = (articles, holders);
        }
    }
}
