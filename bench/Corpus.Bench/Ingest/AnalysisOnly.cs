using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Corpus.Text.Articles;
using Corpus.Text.Boilerplate;
using Corpus.Text.Fingerprints;

namespace Corpus.Bench.Ingest;

/// <summary>
/// The text pipeline alone on the articles of an NDJSON file, on every core: what an article grain computes (cleaning,
/// statements, meetings, near-copy fingerprint, outlet paragraph fingerprints), with no store and no grains. The
/// ceiling end-to-end ingest is measured against (<c>bench/ingest/ingest.sh</c>).
/// </summary>
public static class AnalysisOnly
{
    public static void Run(string ndjson, int passes = 3)
    {
        var drafts = File.ReadLines(ndjson).Select(line =>
        {
            var article = JsonDocument.Parse(line).RootElement;
            string? Field(string name) => article.TryGetProperty(name, out var value) ? value.GetString() : null;
            var published = Field("published") is { Length: >= 10 } p ? DateOnly.ParseExact(p[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            return new ArticleDraft(Field("title"), Field("text"), Field("html"), Field("url"), Field("source"), published);
        }).ToList();
        var best = double.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var started = Stopwatch.GetTimestamp();
            Parallel.ForEach(drafts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, draft =>
            {
                var analysis = ArticleAnalyzer.Analyze(draft);
                DuplicateFingerprinter.Default.Of(analysis.Article.Body);
                RecurringParagraphs.Contributions(analysis.Article);
            });
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        Console.WriteLine($"analysis only: {drafts.Count} articles in {best:F2} s on {Environment.ProcessorCount} cores: {drafts.Count / best:F0} articles/s (best of {passes})");
    }
}
