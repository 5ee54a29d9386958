using Corpus.Cli.Eval;
using Corpus.Text.Articles;
using Corpus.Text.Evaluation.Attribution;
using Corpus.Text.Statements;
using Corpus.Text.Statements.Learned;

namespace Corpus.Cli.Train;

/// <summary>
/// The learned step's candidates over a PolNeAR split, each labelled as the scorer would judge the statement it makes:
/// kept when 60 % of its tokens lie inside some annotated content of its article (the rule of indirect precision).
/// </summary>
internal sealed record ClauseExample(string Stem, int Sentence, IReadOnlyList<string> Features, bool Inside, string Text, double Share, string Gold);

internal static class ClauseExamples
{
    private const double InsideShare = 0.6;

    /// <summary>
    /// How often each lower-case word of a split stood in an annotated cue: the share of its occurrences inside the cue
    /// of some relation, for words seen at least <paramref name="minCount"/> times. With <paramref name="leaveOut"/>, the
    /// counts of those articles (by stem) are left out, so they are read with the rates unseen text would get.
    /// </summary>
    public static Dictionary<string, double> CueRates(CueCounts counts, int minCount, double minRate, IReadOnlyCollection<string>? leaveOut = null)
    {
        var left = (leaveOut ?? []).Select(stem => counts.PerArticle[stem]).ToList();
        var rates = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, inCue) in counts.InCues)
        {
            var cue = inCue;
            var seen = counts.Occurrences.GetValueOrDefault(word);
            foreach (var article in left)
            {
                cue -= article.InCues.GetValueOrDefault(word);
                seen -= article.Occurrences.GetValueOrDefault(word);
            }
            if (cue <= 0 || seen < minCount)
            {
                continue;
            }
            var rate = Math.Min(1, (double)cue / seen);
            if (rate >= minRate)
            {
                rates[word] = Math.Round(rate, 3);
            }
        }
        return rates;
    }

    /// <summary>Occurrences of each lower-case word, and occurrences inside an annotated cue, over a split and per article.</summary>
    internal sealed record CueCounts(Dictionary<string, int> Occurrences, Dictionary<string, int> InCues, Dictionary<string, CueCounts> PerArticle);

    public static CueCounts Count(string folder)
    {
        var total = new CueCounts(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        foreach (var (stem, text, relations) in PolnearArticles.Read(folder))
        {
            var article = new CueCounts(new(StringComparer.Ordinal), new(StringComparer.Ordinal), []);
            foreach (var token in AttributionTokens.Of(text))
            {
                article.Occurrences[token] = article.Occurrences.GetValueOrDefault(token) + 1;
                total.Occurrences[token] = total.Occurrences.GetValueOrDefault(token) + 1;
            }
            foreach (var token in relations.SelectMany(r => AttributionTokens.Of(r.Cue)))
            {
                article.InCues[token] = article.InCues.GetValueOrDefault(token) + 1;
                total.InCues[token] = total.InCues.GetValueOrDefault(token) + 1;
            }
            total.PerArticle[stem] = article;
        }
        return total;
    }

    /// <param name="lexicon">The cue lexicon of an article: the split's rates without that article's own counts.</param>
    public static List<ClauseExample> Read(string folder, Func<string, ClauseModel> lexicon)
    {
        var examples = new List<ClauseExample>();
        foreach (var (stem, text, relations) in PolnearArticles.Read(folder))
        {
            var contents = relations.Select(g => AttributionTokens.Bag(AttributionTokens.Of(g.Content))).ToList();
            var clean = ArticleAnalyzer.Clean(new ArticleDraft(null, text, null, null, PolnearLayout.Publisher(stem), null));
            StatementExtractor.Extract(clean, lexicon(stem), (sentence, start, end, features) =>
            {
                var tokens = AttributionTokens.Of(clean.Body[start..end]);
                if (tokens.Count == 0)
                {
                    return;
                }
                var bag = AttributionTokens.Bag(tokens);
                // A clause nested in reported speech lies inside the content around it whether or not it is reported itself:
                // it counts only inside content that leaves out its cue, that of a relation of its own.
                var nestedCue = features.Contains("nested=1") ? features.FirstOrDefault(f => f.StartsWith("cue=", StringComparison.Ordinal))?[4..] : null;
                var candidates = Enumerable.Range(0, contents.Count).Where(i => nestedCue is null || !contents[i].ContainsKey(nestedCue)).ToList();
                var best = candidates.Count == 0 ? -1 : candidates.MaxBy(i => AttributionTokens.Overlap(bag, contents[i]));
                var share = best < 0 ? 0 : (double)AttributionTokens.Overlap(bag, contents[best]) / tokens.Count;
                var gold = best < 0 ? string.Empty : relations[best].Source + " | " + relations[best].Cue + " | " + relations[best].Content;
                examples.Add(new ClauseExample(stem, sentence, [.. features], share >= InsideShare, clean.Body[start..end], share, gold));
            });
        }
        return examples;
    }
}
