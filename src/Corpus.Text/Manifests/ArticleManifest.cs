using System.Text.Json;

namespace Corpus.Text.Manifests;

/// <summary>What a manifest says of one article file: its outlet, address and date.</summary>
public sealed record ManifestEntry(string Key, string? Source, string? Url, string? Published);

/// <summary>
/// <c>manifest.json</c> beside article files (a JSON array of <c>{key, source, url, published}</c>, keyed by file
/// name without extension): the outlet a plain file cannot say of itself. The seed loader and <c>corpus upload</c>
/// both read it, so an article gets the same outlet whichever way it arrives.
/// </summary>
public sealed class ArticleManifest
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, ManifestEntry> _byKey;

    private ArticleManifest(IEnumerable<ManifestEntry> entries) =>
        _byKey = entries.ToDictionary(e => e.Key, StringComparer.Ordinal);

    public static ArticleManifest Empty { get; } = new([]);

    public int Count => _byKey.Count;

    public ManifestEntry? For(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The manifest in <paramref name="folder"/>, or an empty one when it has none.</summary>
    public static ArticleManifest InFolder(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : Empty;
    }

    public static bool IsManifest(string file) => string.Equals(Path.GetFileName(file), FileName, StringComparison.OrdinalIgnoreCase);

    public static ArticleManifest Parse(string json, string origin)
    {
        List<ManifestEntry>? entries;
        try
        {
            entries = JsonSerializer.Deserialize<List<ManifestEntry>>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{origin} is not a JSON array of {{key, source, url, published}}: {ex.Message}", ex);
        }
        var valid = entries ?? [];
        if (valid.Any(e => string.IsNullOrWhiteSpace(e.Key)))
        {
            throw new InvalidDataException($"{origin}: every entry needs a key (the file name without extension).");
        }
        var repeated = valid.GroupBy(e => e.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidDataException($"{origin}: key '{repeated.Key}' is listed more than once.");
        }
        return new ArticleManifest(valid);
    }
}
