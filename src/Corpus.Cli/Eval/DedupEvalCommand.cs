using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Corpus.Text.Fingerprints;
using Corpus.Text.Fingerprints.Evaluation;
using Spectre.Console;

namespace Corpus.Cli.Eval;

/// <summary>
/// <c>corpus eval dedup --polnear DIR</c>: builds the labelled near-duplicate set from PolNeAR's train texts and
/// scores pairwise precision and recall of the article grain's near-duplicate decision.
/// </summary>
internal static class DedupEvalCommand
{
    public const int DefaultSeed = 20161108;

    public static Command Create()
    {
        var polnear = new Option<DirectoryInfo>("--polnear") { Description = "The PolNeAR folder (its train/text is read).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the copies made.", DefaultValueFactory = _ => DefaultSeed };
        var fineWeb = new Option<bool>("--fineweb") { Description = "Score FineWeb's banding (14 x 8, no lead bands) instead of the defaults." };
        var crowded = new Option<int?>("--crowded-bucket") { Description = "Earlier articles past which a bucket counts as crowded (see CandidateChoice); the default's otherwise." };
        var command = new Command("dedup", "Pairwise precision and recall of near-duplicate detection on copies made from PolNeAR train.") { polnear, seed, fineWeb, crowded };
        command.SetAction((parse, ct) =>
        {
            var originals = ReadOriginals(parse.GetValue(polnear)!);
            var parameters = parse.GetValue(fineWeb) ? DedupParameters.FineWeb : DedupParameters.Default;
            parameters = parse.GetValue(crowded) is { } bound ? parameters with { CrowdedBucket = bound } : parameters;
            var started = Stopwatch.GetTimestamp();
            var run = NearDuplicateRun.Of(originals, parse.GetValue(seed), parameters);
            var elapsed = Stopwatch.GetElapsedTime(started);
            Write(run, parameters, elapsed);
            return Task.CompletedTask;
        });
        return command;
    }

    public static IReadOnlyList<string> ReadOriginals(DirectoryInfo polnear)
    {
        var texts = Path.Combine(polnear.FullName, "train", "text");
        var folder = Directory.Exists(texts) ? texts : polnear.FullName;
        return [.. Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    private static void Write(NearDuplicateRun run, DedupParameters parameters, TimeSpan elapsed)
    {
        var s = run.Score;
        var kinds = run.Texts.GroupBy(t => t.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        AnsiConsole.MarkupLine(Markup.Escape($"{run.Texts.Count} texts ({string.Join(", ", kinds)}); parameters {parameters}"));
        var table = new Table().AddColumns("measure", "value");
        table.AddRow("pairwise precision", F(s.Precision));
        table.AddRow("pairwise recall", F(s.Recall));
        table.AddRow("true / predicted / correct pairs", $"{s.TruePairs} / {s.PredictedPairs} / {s.CorrectPairs}");
        var originals = run.Texts.Where(t => t.Kind == NearDuplicateSet.Original).ToList();
        table.AddRow("originals labelled versions of another", (originals.Count - originals.Select(t => t.Family).Distinct().Count()).ToString(CultureInfo.InvariantCulture));
        table.AddRow("hard negatives merged", $"{s.HardNegativesMerged} of {s.HardNegativePairs} same-story pairs");
        foreach (var (kind, (copies, found)) in s.RecallByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            table.AddRow($"recall of {kind} copies", $"{F((double)found / copies)} ({found}/{copies})");
        }
        table.AddRow("candidate comparisons", run.Comparisons.ToString(CultureInfo.InvariantCulture));
        table.AddRow("candidates ruled out by sketches", run.RuledOut.ToString(CultureInfo.InvariantCulture));
        table.AddRow("seconds (clean + fingerprint + index)", elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
