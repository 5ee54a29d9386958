using System.IO.Compression;
using Corpus.Text.Evaluation;

namespace Corpus.Cli.Eval;

/// <summary>Loads an aeb-dev folder: ground-truth.json, page-text.json and html/&lt;id&gt;.html.gz.</summary>
internal static class ExtractionDataset
{
    public static List<AebDocument> Load(string folder)
    {
        var pageTextPath = Path.Combine(folder, "page-text.json");
        return AebDocuments.Parse(
            File.ReadAllText(Path.Combine(folder, "ground-truth.json")),
            File.Exists(pageTextPath) ? File.ReadAllText(pageTextPath) : null);
    }

    /// <summary>Another extractor's output: <c>{ "id": { "articleBody": "..." } }</c>.</summary>
    public static Dictionary<string, string?> ReadPredictions(string path) =>
        AebDocuments.Parse(File.ReadAllText(path), null).ToDictionary(d => d.Id, d => (string?)d.GroundTruth, StringComparer.Ordinal);

    /// <summary>The speed a peer measured for its predictions, from the sidecar file <c>FILE.pages-per-second</c>, if any.</summary>
    public static double? ReadPagesPerSecond(string predictionsPath)
    {
        var sidecar = predictionsPath + ".pages-per-second";
        return File.Exists(sidecar) && double.TryParse(File.ReadAllText(sidecar).Trim(), System.Globalization.CultureInfo.InvariantCulture, out var speed) ? speed : null;
    }

    public static string ReadHtml(string folder, string id)
    {
        using var file = File.OpenRead(Path.Combine(folder, "html", id + ".html.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
