using System.Text;
using BenchmarkDotNet.Attributes;
using Corpus.Text.Articles;
using Corpus.Text.Statements;

namespace Corpus.Bench.Statements;

/// <summary>
/// Statement extraction and attribution over the clean bodies of PolNeAR train (cleaning is done once, outside the
/// measurement). Throughput in MB/s = CleanMegabytes (printed at setup) / mean time in seconds.
/// </summary>
[MemoryDiagnoser]
public class StatementExtractionBenchmark
{
    private List<CleanArticle> articles = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = PolnearTrain.Locate();
        articles = [.. Directory.GetFiles(Path.Combine(folder, "text"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => ArticleAnalyzer.Clean(new ArticleDraft(null, File.ReadAllText(path), null, null, null, null)))];
        var bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Body));
        Console.WriteLine($"// CleanMegabytes: {bytes / 1e6:0.000} in {articles.Count} articles");
    }

    [Benchmark]
    public int ExtractTrain()
    {
        var count = 0;
        foreach (var article in articles)
        {
            count += StatementExtractor.Extract(article).Count;
        }
        return count;
    }
}

/// <summary>Finds PolNeAR train in ../shared beside the repository (or CORPUS_SHARED).</summary>
internal static class PolnearTrain
{
    public static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CORPUS_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.Combine(fromEnvironment, "data", "polnear", "train");
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corpus.sln")))
            {
                return Path.Combine(dir.FullName, "..", "shared", "data", "polnear", "train");
            }
        }
        throw new DirectoryNotFoundException("PolNeAR train not found: set CORPUS_SHARED or put ../shared beside the checkout.");
    }
}
