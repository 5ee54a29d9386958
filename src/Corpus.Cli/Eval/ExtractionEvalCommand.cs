using System.CommandLine;
using System.Runtime;
using Corpus.Text.Articles;
using Corpus.Text.Cleaning;
using Corpus.Text.Evaluation;
using Spectre.Console;

namespace Corpus.Cli.Eval;

/// <summary><c>corpus eval extract --aeb DIR</c>: word 4-gram P/R/F1 of the HTML and plain-text cleaners.</summary>
internal static class ExtractionEvalCommand
{
    public static Command Create()
    {
        var aeb = new Option<DirectoryInfo>("--aeb") { Description = "An article-extraction-benchmark folder (ground-truth.json, page-text.json, html/).", Required = true };
        var worst = new Option<int>("--worst") { Description = "Also list the N lowest-F1 documents of each path.", DefaultValueFactory = _ => 0 };
        var half = new Option<string?>("--half") { Description = "List the worst documents of this half only (A or B), to choose rules looking at one half." };
        var show = new Option<string?>("--show") { Description = "Print both predictions and the ground truth of the document whose id starts with this." };
        var predictions = new Option<FileInfo[]>("--predictions") { Description = "Also score other extractors' outputs: JSON files of the ground truth's shape ({ id: { articleBody } }).", AllowMultipleArgumentsPerToken = true };
        var cold = new Option<bool>("--no-warm-up") { Description = "Time the first pass (F1 only, quickly): speeds then include JIT compilation." };
        var command = new Command("extract", "Score article extraction (HTML and plain text) with the benchmark's word 4-gram F1.") { aeb, worst, show, predictions, cold, half };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(aeb)!.FullName;
            var documents = ExtractionDataset.Load(folder);
            var warmUp = !parse.GetValue(cold);
            var pages = documents.Select(d => new ArticleDraft(null, null, ExtractionDataset.ReadHtml(folder, d.Id), d.Url, null, null)).ToList();
            var (html, htmlSpeed) = TimedWhenWarm("html", warmUp, () => documents.Select((d, i) => new Prediction(d, HtmlCleaner.Clean(pages[i]).Body)).ToList());
            var withText = documents.Where(d => d.PageText is not null).ToList();
            var (text, textSpeed) = TimedWhenWarm("text", warmUp, () => withText.Select(d => new Prediction(d, PlainTextCleaner.Clean(new ArticleDraft(null, d.PageText, null, d.Url, null, null)).Body)).ToList());
            var asIs = withText.Select(d => new Prediction(d, d.PageText!)).ToList();

            var table = new Table().AddColumns("path", "documents", "P", "R", "F1", "pages per CPU-second", "corpus html speed ×");
            AddRow(table, "html", html, htmlSpeed, htmlSpeed);
            AddRow(table, "text (page-text.json)", text, textSpeed, null);
            AddRow(table, "page-text as-is", asIs, null, null);
            foreach (var (half, ids) in Halves(documents))
            {
                AddRow(table, $"html, half {half}", [.. html.Where(p => ids.Contains(p.Document.Id))], null, null);
                AddRow(table, $"text, half {half}", [.. text.Where(p => ids.Contains(p.Document.Id))], null, null);
            }
            foreach (var file in parse.GetValue(predictions) ?? [])
            {
                var external = ExtractionDataset.ReadPredictions(file.FullName);
                var speed = ExtractionDataset.ReadPagesPerSecond(file.FullName);
                AddRow(table, file.Name, documents.Select(d => new Prediction(d, external.GetValueOrDefault(d.Id) ?? string.Empty)).ToList(), speed, htmlSpeed);
            }
            AnsiConsole.Write(table);

            if (parse.GetValue(show) is { Length: > 0 } prefix)
            {
                Show(html.Concat(text).Where(p => p.Document.Id.StartsWith(prefix, StringComparison.Ordinal)));
            }
            var count = parse.GetValue(worst);
            if (count > 0)
            {
                var only = parse.GetValue(half) is { } name ? Halves(documents).First(h => string.Equals(h.Half, name, StringComparison.OrdinalIgnoreCase)).Ids : null;
                ListWorst("html", [.. html.Where(p => only?.Contains(p.Document.Id) ?? true)], count);
                ListWorst("text", [.. text.Where(p => only?.Contains(p.Document.Id) ?? true)], count);
            }
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The pages split in two by id (ordinal order, first half A): rules are chosen looking at one half and checked on
    /// the other, so each half's score says how the rules do on pages nobody tuned them on.
    /// </summary>
    private static IEnumerable<(string Half, HashSet<string> Ids)> Halves(List<AebDocument> documents)
    {
        var ids = documents.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        var middle = (ids.Count + 1) / 2;
        yield return ("A", new HashSet<string>(ids.Take(middle), StringComparer.Ordinal));
        yield return ("B", new HashSet<string>(ids.Skip(middle), StringComparer.Ordinal));
    }

    private sealed record Prediction(AebDocument Document, string Body)
    {
        public DocumentCounts Counts => WordNgramScore.Count(Document.GroundTruth, Body);
    }

    /// <summary>
    /// Steady-state speed, as in a service that cleans millions of pages: untimed passes over the same pages until the
    /// tiered JIT has compiled no new method for a few seconds, then timed passes (see <see cref="MinimumTimedCpu"/>).
    /// Pinned to one core, .NET waits longer before tiering up: the HTML cleaner needs 20 to 130 passes. The peer
    /// scripts likewise time passes after an untimed one.
    /// </summary>
    private static (List<Prediction> Predictions, double PagesPerSecond) TimedWhenWarm(string name, bool warmUp, Func<List<Prediction>> run)
    {
        var compiled = JitInfo.GetCompiledMethodCount();
        var quiet = System.Diagnostics.Stopwatch.StartNew();
        var passes = 0;
        while (warmUp && passes < MaxWarmUpPasses && (passes == 0 || quiet.Elapsed < JitQuietPeriod))
        {
            run();
            passes++;
            if (JitInfo.GetCompiledMethodCount() is var now && now != compiled)
            {
                (compiled, quiet) = (now, System.Diagnostics.Stopwatch.StartNew());
            }
        }
        Console.Error.WriteLine($"{name}: timed after {passes} untimed warm-up passes");
        return Timed(run);
    }

    private const int MaxWarmUpPasses = 200;
    private static readonly TimeSpan JitQuietPeriod = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Pages per second of the process's CPU time: on a shared machine wall time
    /// measures the neighbours, CPU time measures the extractor. The peer scripts measure the same way.
    /// </summary>
    private static (List<Prediction> Predictions, double PagesPerSecond) Timed(Func<List<Prediction>> run)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        List<Prediction> predictions;
        var pages = 0;
        TimeSpan used;
        do
        {
            predictions = run();
            pages += predictions.Count;
            process.Refresh();
            used = process.TotalProcessorTime - before;
        }
        while (used < MinimumTimedCpu);
        return (predictions, pages / used.TotalSeconds);
    }

    /// <summary>
    /// Whole passes are timed until they add up to this much CPU time: one warm pass of the HTML cleaner takes
    /// ~0.2 s, too short to time alone (a garbage collection more or less moved it by a quarter). A peer's single
    /// pass already takes longer, and the peer scripts apply the same rule.
    /// </summary>
    private static readonly TimeSpan MinimumTimedCpu = TimeSpan.FromSeconds(3);

    /// <summary>One row; the last column is how many times faster the corpus HTML cleaner is than this row's extractor.</summary>
    private static void AddRow(Table table, string name, List<Prediction> predictions, double? pagesPerSecond, double? corpusHtmlSpeed)
    {
        var score = WordNgramScore.Score(predictions.Select(p => ((string?)p.Document.GroundTruth, (string?)p.Body)));
        table.AddRow(name, predictions.Count.ToString(), score.Precision.ToString("F6"), score.Recall.ToString("F6"), score.F1.ToString("F6"),
            pagesPerSecond is { } speed ? speed.ToString("F1") : "-",
            pagesPerSecond is { } own && corpusHtmlSpeed is { } corpus ? (corpus / own).ToString("F2") : "-");
    }

    private static void Show(IEnumerable<Prediction> predictions)
    {
        foreach (var p in predictions)
        {
            Console.WriteLine($"===== {p.Document.Id} F1={p.Counts.F1:F3} prediction:\n{p.Body}\n===== ground truth:\n{p.Document.GroundTruth}\n");
        }
    }

    private static void ListWorst(string name, List<Prediction> predictions, int count)
    {
        var table = new Table().Title($"worst {name}").AddColumns("id", "P", "R", "F1", "url");
        foreach (var p in predictions.OrderBy(p => p.Counts.F1).Take(count))
        {
            table.AddRow(p.Document.Id[..12], p.Counts.Precision.ToString("F3"), p.Counts.Recall.ToString("F3"), p.Counts.F1.ToString("F3"), Markup.Escape(p.Document.Url ?? string.Empty));
        }
        AnsiConsole.Write(table);
    }
}
