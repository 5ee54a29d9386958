using System.CommandLine;
using System.Globalization;
using Corpus.Cli.Eval;
using Corpus.Text.Articles;
using Corpus.Text.Evaluation.Attribution;
using Corpus.Text.Statements;
using Corpus.Text.Statements.Learned;

namespace Corpus.Cli.Train;

/// <summary>
/// <c>corpus train clauses</c>: fits the learned step of statement extraction on PolNeAR train and writes its model file,
/// which Corpus.Text embeds. Only train is learned from; dev is scored at the end as the check.
/// </summary>
internal static class ClauseTrainCommand
{
    private const double MinWeight = 0.01;
    private const int Folds = 5;
    private const int MinWordCount = 5;

    public static Command Create()
    {
        var polnear = new Option<DirectoryInfo>("--polnear") { Description = "The PolNeAR folder (holding train/ and dev/).", Required = true };
        var output = new Option<FileInfo>("--out")
        {
            Description = "Where to write the model.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("src", "Corpus.Text", "Statements", "Learned", "reported-clause.model.tsv")),
        };
        var precision = new Option<double>("--precision")
        {
            Description = "The share of kept candidates that must lie inside annotated content, on held-out folds of train; sets the threshold.",
            DefaultValueFactory = _ => 0.735,
        };
        var fixedThreshold = new Option<double?>("--threshold") { Description = "Write this threshold instead of the one the --precision target gives on held-out folds." };
        var l2 = new Option<double>("--l2") { Description = "L2 regularisation per update.", DefaultValueFactory = _ => 1e-4 };
        var minRate = new Option<double>("--min-rate") { Description = "Words that stood in an annotated cue less often than this are no cue.", DefaultValueFactory = _ => 0.1 };
        var minCount = new Option<int>("--min-count") { Description = "Features seen fewer times on train are left out (fewer, commoner features hold up better on dev).", DefaultValueFactory = _ => 20 };
        var candidates = new Option<FileInfo?>("--candidates") { Description = "Write every train candidate with its held-out probability, share inside and features here, for error analysis (keep it outside the repository: it quotes PolNeAR)." };
        var sweep = new Option<double[]>("--sweep") { Description = "Also score train and dev at each of these thresholds (the written model keeps the chosen one).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("clauses", "Fit the reported-clause model on PolNeAR train and score train and dev with it.") { polnear, output, precision, fixedThreshold, l2, minCount, minRate, candidates, sweep };
        command.SetAction((parse, ct) =>
        {
            var root = parse.GetValue(polnear)!.FullName;
            Train(root, parse.GetValue(output)!, parse.GetValue(precision), parse.GetValue(fixedThreshold), parse.GetValue(l2), parse.GetValue(minCount), parse.GetValue(minRate), parse.GetValue(candidates), parse.GetValue(sweep) ?? []);
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Train(string polnear, FileInfo output, double precision, double? fixedThreshold, double l2, int minCount, double minRate, FileInfo? candidates, double[] sweep)
    {
        var cueCounts = ClauseExamples.Count(Path.Combine(polnear, "train"));
        var rates = ClauseExamples.CueRates(cueCounts, MinWordCount, minRate);
        // Each article's candidates are found and described with the cue rates of the other articles: with its own
        // counts in them, a word it alone uses as a cue would look like a sure cue, which it is not on unseen text.
        var examples = ClauseExamples.Read(Path.Combine(polnear, "train"), stem => ClauseModel.Lexicon(ClauseExamples.CueRates(cueCounts, MinWordCount, minRate, stem)));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in examples.SelectMany(e => e.Features))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }
        Console.WriteLine($"cue words: {rates.Count}; train candidates: {examples.Count}, inside annotated content: {examples.Count(e => e.Inside)}");
        var names = counts.Where(c => c.Value >= minCount).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var indexed = examples.Select(e => (e.Features.Where(index.ContainsKey).Select(f => index[f]).ToArray(), e.Inside)).ToList();
        var heldOut = OutOfFold(examples, indexed, names.Count, l2);
        if (candidates is not null)
        {
            File.WriteAllLines(candidates.FullName, examples.Select((e, i) => string.Create(CultureInfo.InvariantCulture, $"{heldOut[i]:0.000}\t{e.Share:0.00}\t{string.Join(" ", e.Features)}\t{e.Text}\t{e.Gold}\t{e.Stem}\t{e.Sentence}")));
        }
        var threshold = fixedThreshold ?? Threshold(examples, heldOut, precision);
        var model = new LogisticRegression(names.Count, l2);
        model.Fit(indexed);
        Write(output, names, model.Weights, rates, threshold, examples.Count);
        var written = ClauseModel.Read(new StringReader(File.ReadAllText(output.FullName)));
        Console.WriteLine($"wrote {output.FullName}: {written.Features} features, threshold {threshold:0.000}");
        foreach (var (split, at) in new[] { "train", "dev" }.SelectMany(s => sweep.Prepend(threshold).Select(t => (s, t))))
        {
            var score = Score(Path.Combine(polnear, split), written.WithThreshold(at));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{split} at {at:0.000}: direct F1 {score.DirectF1:0.000}, speaker {score.SpeakerAccuracy:0.000}, indirect recall {score.IndirectRecall:0.000} ({score.GoldIndirectFound}/{score.GoldIndirect}), indirect precision {score.IndirectPrecision:0.000} ({score.IndirectStatementsInside}/{score.IndirectStatements})"));
        }
    }

    /// <summary>
    /// Each candidate's probability from a model fitted on the other folds (articles split by a hash of their name), so
    /// the threshold is set on predictions as unseen text gets them rather than on the text the model was fitted to.
    /// </summary>
    private static List<double> OutOfFold(List<ClauseExample> examples, List<(int[], bool)> indexed, int features, double l2)
    {
        var fold = examples.Select(e => (int)((uint)StableHash(e.Stem) % Folds)).ToList();
        var probabilities = new double[examples.Count];
        for (var k = 0; k < Folds; k++)
        {
            var model = new LogisticRegression(features, l2);
            model.Fit([.. indexed.Where((_, i) => fold[i] != k)]);
            for (var i = 0; i < examples.Count; i++)
            {
                if (fold[i] == k)
                {
                    probabilities[i] = model.Probability(indexed[i].Item1);
                }
            }
        }
        return [.. probabilities];
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }
        return hash;
    }

    /// <summary>
    /// The lowest probability at which the sentences' best candidates, kept from the most probable down, still lie
    /// inside annotated content at the asked share: the step keeps one candidate per sentence.
    /// </summary>
    private static double Threshold(List<ClauseExample> examples, List<double> probabilities, double precision)
    {
        var best = examples.Select((e, i) => (Key: (e.Stem, e.Sentence), P: probabilities[i], e.Inside))
            .GroupBy(x => x.Key)
            .Select(g => g.MaxBy(x => x.P))
            .OrderByDescending(x => x.P)
            .ToList();
        var kept = 0;
        var inside = 0;
        var threshold = 1.0;
        foreach (var x in best)
        {
            kept++;
            inside += x.Inside ? 1 : 0;
            if ((double)inside / kept >= precision)
            {
                threshold = x.P;
            }
        }
        var chosen = best.Where(x => x.P >= threshold).ToList();
        Console.WriteLine($"sentences with candidates: {best.Count}; kept at {threshold:0.000}: {chosen.Count}, inside: {chosen.Count(x => x.Inside)}");
        return threshold;
    }

    private static void Write(FileInfo output, List<string> names, double[] weights, Dictionary<string, double> rates, double threshold, int examples)
    {
        using var writer = new StreamWriter(output.FullName);
        writer.NewLine = "\n";
        writer.WriteLine("# The reported-clause model of Corpus.Text's learned step (Statements/Learned): logistic regression weights");
        writer.WriteLine($"# per feature (name=value, see ClauseCandidates.DescribeCue and DescribeEnding). Written by `corpus train clauses` from {examples} candidates");
        writer.WriteLine("# of PolNeAR train; regenerate rather than edit.");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold\t{threshold:0.0000}"));
        foreach (var (word, rate) in rates.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rate:{word}\t{rate:0.000}"));
        }
        for (var i = 0; i < names.Count; i++)
        {
            if (Math.Abs(weights[i]) >= MinWeight)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[i]}\t{weights[i]:0.0000}"));
            }
        }
    }

    private static AttributionScore Score(string folder, ClauseModel model)
    {
        var scorer = new AttributionScorer();
        foreach (var (stem, text, gold) in PolnearArticles.Read(folder))
        {
            var clean = ArticleAnalyzer.Clean(new ArticleDraft(null, text, null, null, PolnearLayout.Publisher(stem), null));
            var statements = StatementExtractor.Extract(clean, model)
                .Select(s => new ScoredStatement(s.Text, s.Kind switch { StatementKind.Direct => "direct", StatementKind.Partial => "partial", _ => "indirect" }, s.Speaker?.Name, s.Rule))
                .ToList();
            scorer.Add(gold, statements);
        }
        return scorer.Score;
    }
}
