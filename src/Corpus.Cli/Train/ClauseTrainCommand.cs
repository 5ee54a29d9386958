using System.CommandLine;
using System.Globalization;
using Corpus.Cli.Eval;
using Corpus.Text.Articles;
using Corpus.Text.Evaluation.Attribution;
using Corpus.Text.Statements;
using Corpus.Text.Statements.Learned;

namespace Corpus.Cli.Train;

/// <summary>The trainer's settings; <see cref="Default"/> is what wrote the committed model.</summary>
internal sealed record ClauseTrainSettings(double Precision, double? Threshold, double L2, int MinCount, double MinRate)
{
    public static ClauseTrainSettings Default { get; } = new(Precision: 0.75, Threshold: null, L2: 1e-4, MinCount: 10, MinRate: 0.1);

    /// <summary>The options that give these settings, as the model file's header names them.</summary>
    public string Options => string.Create(CultureInfo.InvariantCulture,
        $"{(Threshold is { } t ? $"--threshold {t}" : $"--precision {Precision}")} --l2 {L2} --min-count {MinCount} --min-rate {MinRate}");
}

/// <summary>
/// <c>corpus train clauses</c>: fits the learned step of statement extraction on PolNeAR train and writes its model file,
/// which Corpus.Text embeds. Only train is learned from; dev is scored at the end as the check.
/// </summary>
internal static class ClauseTrainCommand
{
    /// <summary>The thresholds the held-out check tries, from the highest down, in steps of 0.01.</summary>
    private const int HighestThresholdPercent = 80;
    private const int LowestThresholdPercent = 40;

    public static readonly string ModelPath = Path.Combine("src", "Corpus.Text", "Statements", "Learned", "reported-clause.model.tsv");

    public static Command Create()
    {
        var defaults = ClauseTrainSettings.Default;
        var polnear = new Option<DirectoryInfo>("--polnear") { Description = "The PolNeAR folder (holding train/ and dev/).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => new FileInfo(ModelPath) };
        var precision = new Option<double>("--precision")
        {
            Description = "The indirect precision `corpus eval` must give on train when each article is read with a model fitted without its fold; sets the threshold.",
            DefaultValueFactory = _ => defaults.Precision,
        };
        var fixedThreshold = new Option<double?>("--threshold") { Description = "Write this threshold instead of the one the --precision target gives on held-out folds." };
        var l2 = new Option<double>("--l2") { Description = "L2 regularisation per update.", DefaultValueFactory = _ => defaults.L2 };
        var minRate = new Option<double>("--min-rate") { Description = "Words that stood in an annotated cue less often than this are no cue.", DefaultValueFactory = _ => defaults.MinRate };
        var minCount = new Option<int>("--min-count") { Description = "Features seen fewer times on train get no weight.", DefaultValueFactory = _ => defaults.MinCount };
        var candidates = new Option<FileInfo?>("--candidates") { Description = "Write every train candidate with its held-out probability, share inside and features here, for error analysis (keep it outside the repository: it quotes PolNeAR)." };
        var sweep = new Option<double[]>("--sweep") { Description = "Also score train and dev at each of these thresholds (the written model keeps the chosen one).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("clauses", "Fit the reported-clause model on PolNeAR train and score train and dev with it.") { polnear, output, precision, fixedThreshold, l2, minCount, minRate, candidates, sweep };
        command.SetAction((parse, ct) =>
        {
            var settings = new ClauseTrainSettings(parse.GetValue(precision), parse.GetValue(fixedThreshold), parse.GetValue(l2), parse.GetValue(minCount), parse.GetValue(minRate));
            Train(parse.GetValue(polnear)!.FullName, parse.GetValue(output)!, settings, parse.GetValue(candidates), parse.GetValue(sweep) ?? []);
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Train(string polnear, FileInfo output, ClauseTrainSettings settings, FileInfo? candidates, double[] sweep)
    {
        var trainFolder = Path.Combine(polnear, "train");
        var set = ClauseTrainingSet.Read(trainFolder, settings.MinRate, settings.MinCount);
        Console.WriteLine($"cue words: {set.Rates.Count}; train candidates: {set.Examples.Count}, inside annotated content: {set.Examples.Count(e => e.Inside)}; features: {set.Names.Count}");
        var foldModels = Enumerable.Range(0, ClauseTrainingSet.Folds).Select(k => set.Fit(settings.L2, k)).ToList();
        if (candidates is not null)
        {
            File.WriteAllLines(candidates.FullName, set.Examples.Select((e, i) => string.Create(CultureInfo.InvariantCulture,
                $"{foldModels[ClauseTrainingSet.FoldOf(e.Stem)].Probability(set.Indexed[i].Features):0.000}\t{e.Share:0.00}\t{string.Join(" ", e.Features)}\t{e.Text}\t{e.Gold}\t{e.Stem}\t{e.Sentence}")));
        }
        var threshold = settings.Threshold ?? HeldOutThreshold(trainFolder, set, foldModels, settings.Precision);
        var model = set.Fit(settings.L2);
        string[] header =
        [
            "The reported-clause model of Corpus.Text's learned step (Statements/Learned): the threshold, the cue lexicon (rate:word)",
            "and logistic regression weights per feature (name=value, see ClauseCandidates.DescribeCue and DescribeEnding).",
            $"Written by `corpus train clauses --polnear ../shared/data/polnear {settings.Options}`{(settings == ClauseTrainSettings.Default ? " (its defaults)" : string.Empty)}",
            $"from {set.Examples.Count} candidates of PolNeAR train, {set.Names.Count} features seen at least {settings.MinCount} times",
            settings.Threshold is null
                ? "(those weighing 0.01 or more are listed); the threshold is where held-out folds of train reach the --precision."
                : "(those weighing 0.01 or more are listed); the threshold is the one given.",
            "Regenerate rather than edit: the same data always gives the same file.",
        ];
        File.WriteAllText(output.FullName, ClauseModelFile.Text(header, set.Names, model.Weights, set.Rates, threshold));
        var written = ClauseModel.Read(new StringReader(File.ReadAllText(output.FullName)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {output.FullName}: {written.Features} features, threshold {threshold:0.00}"));
        foreach (var (split, at) in new[] { "train", "dev" }.SelectMany(s => sweep.Prepend(threshold).Select(t => (s, t))))
        {
            var withThreshold = written.WithThreshold(at);
            Print($"{split} at {at:0.000}", Score(Path.Combine(polnear, split), _ => withThreshold));
        }
    }

    /// <summary>
    /// The lowest threshold, going down from the highest, at which `corpus eval` would still give train the asked indirect
    /// precision if each article were read with a model that never saw it: weights fitted without its fold and the cue
    /// lexicon without that fold's counts. This sets the threshold on the measure the goal is stated in, as unseen text
    /// gets it, rather than on the text the model was fitted to (whose precision is higher).
    /// </summary>
    private static double HeldOutThreshold(string trainFolder, ClauseTrainingSet set, List<LogisticRegression> foldModels, double precision)
    {
        var foldRates = Enumerable.Range(0, ClauseTrainingSet.Folds)
            .Select(k => set.CueRates([.. set.Articles.Where(stem => ClauseTrainingSet.FoldOf(stem) == k)]))
            .ToList();
        var chosen = HighestThresholdPercent / 100.0;
        for (var percent = HighestThresholdPercent; percent >= LowestThresholdPercent; percent--)
        {
            var threshold = percent / 100.0;
            var models = Enumerable.Range(0, ClauseTrainingSet.Folds)
                .Select(k => ClauseModelFile.Model(set.Names, foldModels[k].Weights, foldRates[k], threshold))
                .ToList();
            var score = Score(trainFolder, stem => models[ClauseTrainingSet.FoldOf(stem)]);
            Print($"train held out at {threshold:0.00}", score);
            if (score.IndirectPrecision < precision)
            {
                break;
            }
            chosen = threshold;
        }
        return chosen;
    }

    private static void Print(string what, AttributionScore score) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: direct F1 {score.DirectF1:0.000}, speaker {score.SpeakerAccuracy:0.000}, indirect recall {score.IndirectRecall:0.000} ({score.GoldIndirectFound}/{score.GoldIndirect}), indirect precision {score.IndirectPrecision:0.000} ({score.IndirectStatementsInside}/{score.IndirectStatements})"));

    private static AttributionScore Score(string folder, Func<string, ClauseModel> modelOf)
    {
        var scorer = new AttributionScorer();
        foreach (var (stem, text, gold) in PolnearArticles.Read(folder))
        {
            var clean = ArticleAnalyzer.Clean(new ArticleDraft(null, text, null, null, PolnearLayout.Publisher(stem), null));
            var statements = StatementExtractor.Extract(clean, modelOf(stem))
                .Select(s => new ScoredStatement(s.Text, s.Kind switch { StatementKind.Direct => "direct", StatementKind.Partial => "partial", _ => "indirect" }, s.Speaker?.Name, s.Rule))
                .ToList();
            scorer.Add(gold, statements);
        }
        return scorer.Score;
    }
}
