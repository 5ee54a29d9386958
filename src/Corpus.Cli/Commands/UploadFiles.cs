using System.Text.Json;
using System.Text.Json.Serialization;
using Corpus.Text.Manifests;

namespace Corpus.Cli.Commands;

/// <summary>
/// Turns upload paths into NDJSON article lines: .txt and .html files keyed by their name without extension, with
/// the outlet, url and date of the <see cref="ArticleManifest"/> in their folder (else <c>--source</c>); .ndjson,
/// .jsonl and .json files as they are, each line with its own outlet.
/// </summary>
internal sealed class UploadFiles(string? fallbackSource)
{
    private static readonly JsonSerializerOptions ArticleJson = new(CorpusClient.Json) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".ndjson", ".jsonl", ".json"];

    private readonly Dictionary<string, ArticleManifest> _manifests = new(StringComparer.Ordinal);

    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsArticleFile).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (File.Exists(path))
            {
                if (!ArticleManifest.IsManifest(path))
                {
                    yield return path;
                }
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
        }
    }

    private static bool IsArticleFile(string file) =>
        Extensions.Contains(Path.GetExtension(file).ToLowerInvariant()) && !ArticleManifest.IsManifest(file);

    public async Task<IReadOnlyList<string>> ToLinesAsync(string file, CancellationToken ct)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        switch (extension)
        {
            case ".ndjson" or ".jsonl":
                return (await File.ReadAllLinesAsync(file, ct)).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
            case ".json":
                using (var document = JsonDocument.Parse(await File.ReadAllBytesAsync(file, ct)))
                {
                    return document.RootElement.ValueKind == JsonValueKind.Array
                        ? document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList()
                        : [document.RootElement.GetRawText()];
                }
            default:
                var body = await File.ReadAllTextAsync(file, ct);
                var key = Path.GetFileNameWithoutExtension(file);
                var entry = ManifestOf(file).For(key);
                var source = entry?.Source ?? fallbackSource;
                var article = extension == ".txt"
                    ? JsonSerializer.Serialize(new { key, source, url = entry?.Url, published = entry?.Published, text = body }, ArticleJson)
                    : JsonSerializer.Serialize(new { key, source, url = entry?.Url, published = entry?.Published, html = body }, ArticleJson);
                return [article];
        }
    }

    private ArticleManifest ManifestOf(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (!_manifests.TryGetValue(folder, out var manifest))
        {
            manifest = ArticleManifest.InFolder(folder);
            _manifests[folder] = manifest;
        }
        return manifest;
    }
}
