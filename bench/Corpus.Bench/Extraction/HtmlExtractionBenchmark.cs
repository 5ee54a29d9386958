using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Corpus.Text.Articles;
using Corpus.Text.Cleaning;

namespace Corpus.Bench.Extraction;

/// <summary>
/// Both cleaners over every aeb-dev page (one operation = the whole set, so pages/s = 91 / mean).
/// The data is read from ../shared (or CORPUS_SHARED) at run time.
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmark
{
    private List<ArticleDraft> _html = [];
    private List<ArticleDraft> _text = [];

    [GlobalSetup]
    public void Load()
    {
        var folder = AebDevFolder.Locate();
        _html = Directory.GetFiles(Path.Combine(folder, "html"), "*.html.gz").Order(StringComparer.Ordinal)
            .Select(path => new ArticleDraft(null, null, Decompress(path), null, null, null))
            .ToList();
        using var pageText = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "page-text.json")));
        _text = pageText.RootElement.EnumerateObject()
            .Select(page => new ArticleDraft(null, page.Value.GetProperty("articleBody").GetString(), null, null, null, null))
            .ToList();
    }

    [Benchmark]
    public int HtmlPages() => _html.Sum(page => HtmlCleaner.Clean(page).Body.Length);

    [Benchmark]
    public int PlainTextPages() => _text.Sum(page => PlainTextCleaner.Clean(page).Body.Length);

    private static string Decompress(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
