using System.IO.Compression;
using Corpus.TestSupport;
using Corpus.Text.Evaluation;

namespace Corpus.Text.Tests.Evaluation;

/// <summary>The aeb-dev evaluation set from ../shared, read at run time (never copied into the repository).</summary>
internal static class AebFiles
{
    public static string? Folder => SharedData.PathTo("data", "aeb-dev");

    public static List<AebDocument> Load(string folder) => AebDocuments.Parse(
        File.ReadAllText(Path.Combine(folder, "ground-truth.json")),
        File.ReadAllText(Path.Combine(folder, "page-text.json")));

    public static string Html(string folder, string id)
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(folder, "html", id + ".html.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
