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

    public static string ReadHtml(string folder, string id)
    {
        using var file = File.OpenRead(Path.Combine(folder, "html", id + ".html.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
