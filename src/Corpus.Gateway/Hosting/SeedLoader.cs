using System.Runtime.CompilerServices;
using Corpus.Gateway.Uploads;
using Corpus.Storage;
using Corpus.Text.Manifests;
using Dapper;
using Microsoft.Extensions.Options;

namespace Corpus.Gateway.Hosting;

/// <summary>
/// Loads the sample corpus into an empty store, each file keyed by its name without extension, with the outlet, url
/// and date that the folder's <see cref="ArticleManifest"/> gives it.
/// </summary>
public sealed partial class SeedLoader(ICorpusStore store, UploadIngestor ingestor, IOptions<CorpusOptions> options, IOptions<UploadOptions> uploads, ILogger<SeedLoader> log)
{
    public async Task LoadIfEmptyAsync(CancellationToken ct)
    {
        if (!options.Value.LoadSeeds)
        {
            return;
        }
        var folder = Locate(options.Value.SeedsPath);
        if (folder is null)
        {
            LogNoSeeds(options.Value.SeedsPath);
            return;
        }
        await using (var connection = await store.OpenAsync(ct))
        {
            if (await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM articles", cancellationToken: ct)) > 0)
            {
                return;
            }
        }
        var receipt = await ingestor.IngestAsync(ReadAsync(folder, new ArticleParser(uploads.Value.MaxArticleBytes), ct), ct);
        LogSeeded(receipt.Accepted, folder);
    }

    private static async IAsyncEnumerable<UploadLine> ReadAsync(string folder, ArticleParser parser, [EnumeratorCancellation] CancellationToken ct)
    {
        long line = 0;
        var manifest = ArticleManifest.InFolder(folder);
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (extension is not (".txt" or ".html" or ".htm"))
            {
                continue;
            }
            var content = await File.ReadAllTextAsync(file, ct);
            var key = Path.GetFileNameWithoutExtension(file);
            var entry = manifest.For(key);
            yield return parser.Validate(++line, new Dictionary<string, string?>
            {
                ["key"] = key,
                ["source"] = entry?.Source,
                ["url"] = entry?.Url,
                ["published"] = entry?.Published,
                [extension == ".txt" ? "text" : "html"] = content,
            });
        }
    }

    private static string? Locate(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Directory.Exists(path) ? path : null;
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, path);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No seeds folder '{Path}' found; starting empty")]
    private partial void LogNoSeeds(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} seed articles from {Folder}")]
    private partial void LogSeeded(long count, string folder);
}
