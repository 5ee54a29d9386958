using Corpus.Text.Statements.Learned;

namespace Corpus.Cli.Train;

/// <summary>
/// The learned step's training data from PolNeAR train: the cue lexicon, every candidate labelled, the features seen often
/// enough to get a weight, and the fold of each article for held-out checks. Everything is in a fixed order (articles by
/// file name, features by ordinal name), so one folder always gives the same set.
/// </summary>
internal sealed class ClauseTrainingSet
{
    public const int Folds = 5;

    /// <summary>Words seen fewer times on train get no cue rate.</summary>
    public const int MinWordCount = 5;

    private readonly ClauseExamples.CueCounts _cueCounts;
    private readonly double _minRate;

    private ClauseTrainingSet(ClauseExamples.CueCounts cueCounts, double minRate, List<ClauseExample> examples, List<string> names)
    {
        _cueCounts = cueCounts;
        _minRate = minRate;
        Examples = examples;
        Names = names;
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        Indexed = [.. examples.Select(e => (e.Features.Where(index.ContainsKey).Select(f => index[f]).ToArray(), e.Inside))];
        Rates = CueRates();
    }

    public List<ClauseExample> Examples { get; }

    /// <summary>The features seen at least the minimum count, in ordinal order: the model's columns.</summary>
    public List<string> Names { get; }

    public List<(int[] Features, bool Inside)> Indexed { get; }

    /// <summary>The cue lexicon over all of train: what the written model holds.</summary>
    public Dictionary<string, double> Rates { get; }

    public static ClauseTrainingSet Read(string trainFolder, double minRate, int minCount)
    {
        var cueCounts = ClauseExamples.Count(trainFolder);
        // Each article's candidates are found and described with the cue rates of the other articles: with its own
        // counts in them, a word it alone uses as a cue would look like a sure cue, which it is not on unseen text.
        var examples = ClauseExamples.Read(trainFolder, stem => ClauseModel.Lexicon(ClauseExamples.CueRates(cueCounts, MinWordCount, minRate, [stem])));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in examples.SelectMany(e => e.Features))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }
        var names = counts.Where(c => c.Value >= minCount).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
        return new ClauseTrainingSet(cueCounts, minRate, examples, names);
    }

    /// <summary>The cue lexicon without the counts of the given articles (all of train when none are given).</summary>
    public Dictionary<string, double> CueRates(IReadOnlyCollection<string>? leaveOut = null) =>
        ClauseExamples.CueRates(_cueCounts, MinWordCount, _minRate, leaveOut);

    /// <summary>The articles of train, each with its fold (split by a stable hash of its name, not by position).</summary>
    public IEnumerable<string> Articles => _cueCounts.PerArticle.Keys;

    public static int FoldOf(string stem) => (int)((uint)StableHash(stem) % Folds);

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }
        return hash;
    }

    /// <summary>A model fitted on the candidates of the articles outside <paramref name="leftOutFold"/> (all of them with -1).</summary>
    public LogisticRegression Fit(double l2, int leftOutFold = -1)
    {
        var model = new LogisticRegression(Names.Count, l2);
        model.Fit([.. Indexed.Where((_, i) => leftOutFold < 0 || FoldOf(Examples[i].Stem) != leftOutFold)]);
        return model;
    }
}
