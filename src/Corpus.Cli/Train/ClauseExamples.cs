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
    /// of some relation, for words seen at least <paramref name="minCount"/> times.
    /// </summary>
    public static Dictionary<string, double> CueRates(string folder, int minCount, double minRate)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var inCues = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, relations) in Articles(folder))
        {
            foreach (var token in AttributionTokens.Of(text))
            {
                occurrences[token] = occurrences.GetValueOrDefault(token) + 1;
            }
            foreach (var token in relations.SelectMany(r => AttributionTokens.Of(r.Cue)))
            {
                inCues[token] = inCues.GetValueOrDefault(token) + 1;
            }
        }
        return inCues.Where(c => occurrences.GetValueOrDefault(c.Key) >= minCount)
            .Select(c => (c.Key, Rate: Math.Min(1, (double)c.Value / occurrences[c.Key])))
            .Where(c => c.Rate >= minRate)
            .ToDictionary(c => c.Key, c => Math.Round(c.Rate, 3), StringComparer.Ordinal);
    }

    private static IEnumerable<(string Text, IReadOnlyList<GoldRelation> Relations)> Articles(string folder)
    {
        var annotations = Directory.GetFiles(Path.Combine(folder, "attributions")).Select(Path.GetFileName).OfType<string>().ToList();
        foreach (var textPath in Directory.GetFiles(Path.Combine(folder, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            if (PolnearLayout.ChooseAnnotation(annotations, Path.GetFileNameWithoutExtension(textPath)) is { } chosen)
            {
                var text = File.ReadAllText(textPath);
                yield return (text, BratAttributions.Parse(text, File.ReadAllText(Path.Combine(folder, "attributions", chosen))));
            }
        }
    }

    public static List<ClauseExample> Read(string folder, ClauseModel lexicon)
    {
        var examples = new List<ClauseExample>();
        foreach (var (stem, text, relations) in PolnearArticles.Read(folder))
        {
            var contents = relations.Select(g => AttributionTokens.Bag(AttributionTokens.Of(g.Content))).ToList();
            var clean = ArticleAnalyzer.Clean(new ArticleDraft(null, text, null, null, PolnearLayout.Publisher(stem), null));
            StatementExtractor.Extract(clean, lexicon, (sentence, start, end, features) =>
            {
                var tokens = AttributionTokens.Of(clean.Body[start..end]);
                if (tokens.Count == 0)
                {
                    return;
                }
                var bag = AttributionTokens.Bag(tokens);
                var best = contents.Count == 0 ? -1 : Enumerable.Range(0, contents.Count).MaxBy(i => AttributionTokens.Overlap(bag, contents[i]));
                var share = best < 0 ? 0 : (double)AttributionTokens.Overlap(bag, contents[best]) / tokens.Count;
                var gold = best < 0 ? string.Empty : relations[best].Source + " | " + relations[best].Cue + " | " + relations[best].Content;
                examples.Add(new ClauseExample(stem, sentence, [.. features], share >= InsideShare, clean.Body[start..end], share, gold));
            });
        }
        return examples;
    }
}
