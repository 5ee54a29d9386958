using Corpus.TestSupport;
using Corpus.Text.Evaluation.Attribution;
using Xunit;

namespace Corpus.Text.Tests.Evaluation;

/// <summary>The checks the PolNeAR README gives for a scorer, run on the data in ../shared.</summary>
public class AttributionGoldTests
{
    private static List<IReadOnlyList<GoldRelation>> LoadSplit(string split)
    {
        var folder = SharedData.PathTo("data", "polnear", split);
        Skip.If(folder is null, SharedData.MissingMessage);
        var annotations = Directory.GetFiles(Path.Combine(folder, "attributions")).Select(Path.GetFileName).ToList();
        var articles = new List<IReadOnlyList<GoldRelation>>();
        foreach (var textPath in Directory.GetFiles(Path.Combine(folder, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(textPath);
            var chosen = PolnearLayout.ChooseAnnotation(annotations!, stem)!;
            articles.Add(BratAttributions.Parse(File.ReadAllText(textPath), File.ReadAllText(Path.Combine(folder, "attributions", chosen))));
        }
        return articles;
    }

    [SkippableTheory]
    [InlineData("dev", 84, 2192, 2065, 127, 535, 341, 1531, 165)]
    [InlineData("train", 840, 19832, 18363, 1469, 4913, 3019, 13447, 1355)]
    public void Counts_match_the_readme(string split, int articles, int pool, int labelled, int noSource, int direct, int named, int indirect, int partial)
    {
        var gold = LoadSplit(split);
        var all = gold.SelectMany(g => g).ToList();
        Assert.Equal(articles, gold.Count);
        Assert.Equal(pool, all.Count);
        Assert.Equal((labelled, noSource), (all.Count(r => !r.NoSourceLabel), all.Count(r => r.NoSourceLabel)));
        Assert.Equal(direct, all.Count(r => r.HasSource && r.IsDirect));
        Assert.Equal(named, all.Count(r => r.HasSource && r.IsDirect && SourceNameKey.Of(r.Source) is not null));
        Assert.Equal(indirect, all.Count(r => r.HasSource && !r.IsDirect));
        Assert.Equal(partial, all.Count(r => r.IsPartialQuote));
    }

    [SkippableFact]
    public void Scoring_the_gold_itself_gives_one_on_dev()
    {
        var scorer = new AttributionScorer();
        foreach (var article in LoadSplit("dev"))
        {
            scorer.Add(article, [.. article.Select(r => new ScoredStatement(r.Content, r.IsDirect ? "direct" : "indirect", r.Source))]);
        }
        var score = scorer.Score;
        Assert.Equal(
            (1.0, 1.0, 1.0, 1.0),
            (score.DirectPrecision, score.DirectRecall, score.SpeakerAccuracy, score.IndirectRecall));
    }
}
