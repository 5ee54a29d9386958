using System.CommandLine;
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
        var show = new Option<string?>("--show") { Description = "Print both predictions and the ground truth of the document whose id starts with this." };
        var predictions = new Option<FileInfo[]>("--predictions") { Description = "Also score other extractors' outputs: JSON files of the ground truth's shape ({ id: { articleBody } }).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("extract", "Score article extraction (HTML and plain text) with the benchmark's word 4-gram F1.") { aeb, worst, show, predictions };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(aeb)!.FullName;
            var documents = ExtractionDataset.Load(folder);
            WarmUp(folder, documents);
            var pages = documents.Select(d => new ArticleDraft(null, null, ExtractionDataset.ReadHtml(folder, d.Id), d.Url, null, null)).ToList();
            var (html, htmlSpeed) = Timed(() => documents.Select((d, i) => new Prediction(d, HtmlCleaner.Clean(pages[i]).Body)).ToList());
            var withText = documents.Where(d => d.PageText is not null).ToList();
            var (text, textSpeed) = Timed(() => withText.Select(d => new Prediction(d, PlainTextCleaner.Clean(new ArticleDraft(null, d.PageText, null, d.Url, null, null)).Body)).ToList());
            var asIs = withText.Select(d => new Prediction(d, d.PageText!)).ToList();

            var table = new Table().AddColumns("path", "documents", "P", "R", "F1", "pages per CPU-second", "corpus html speed ×");
            AddRow(table, "html", html, htmlSpeed, htmlSpeed);
            AddRow(table, "text (page-text.json)", text, textSpeed, null);
            AddRow(table, "page-text as-is", asIs, null, null);
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
                ListWorst("html", html, count);
                ListWorst("text", text, count);
            }
            return 0;
        });
        return command;
    }

    private sealed record Prediction(AebDocument Document, string Body)
    {
        public DocumentCounts Counts => WordNgramScore.Count(Document.GroundTruth, Body);
    }

    /// <summary>
    /// Pages per second of the process's CPU time: on a shared machine wall time
    /// measures the neighbours, CPU time measures the extractor. The peer scripts measure the same way.
    /// </summary>
    private static (List<Prediction> Predictions, double PagesPerSecond) Timed(Func<List<Prediction>> run)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var predictions = run();
        process.Refresh();
        return (predictions, predictions.Count / (process.TotalProcessorTime - before).TotalSeconds);
    }

    /// <summary>One row; the last column is how many times faster the corpus HTML cleaner is than this row's extractor.</summary>
    private static void AddRow(Table table, string name, List<Prediction> predictions, double? pagesPerSecond, double? corpusHtmlSpeed)
    {
        var score = WordNgramScore.Score(predictions.Select(p => ((string?)p.Document.GroundTruth, (string?)p.Body)));
        table.AddRow(name, predictions.Count.ToString(), score.Precision.ToString("F6"), score.Recall.ToString("F6"), score.F1.ToString("F6"),
            pagesPerSecond is { } speed ? speed.ToString("F1") : "-",
            pagesPerSecond is { } own && corpusHtmlSpeed is { } corpus ? (corpus / own).ToString("F2") : "-");
    }

    /// <summary>Runs both cleaners on a few pages untimed, so pages/s measures extraction and not JIT compilation.</summary>
    private static void WarmUp(string folder, List<AebDocument> documents)
    {
        foreach (var document in documents.Take(3))
        {
            HtmlCleaner.Clean(new ArticleDraft(null, null, ExtractionDataset.ReadHtml(folder, document.Id), document.Url, null, null));
            PlainTextCleaner.Clean(new ArticleDraft(null, document.PageText, null, document.Url, null, null));
        }
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
