using System.Runtime.CompilerServices;
using System.Text.Json;
using Corpus.Storage.Articles;

namespace Corpus.Gateway.Uploads;

/// <summary>An accepted article waiting to be stored, with the line it came from.</summary>
public sealed record SpooledArticle(long Line, ArticleToStore Article);

/// <summary>
/// Holds an upload's accepted articles until its whole body is read: in memory up to one commit batch, beyond that in
/// a temporary file that is deleted when the spool is disposed, so a 2 GB body never sits in memory.
/// </summary>
public sealed class UploadSpool(int batchSize, long batchChars) : IAsyncDisposable
{
    private List<SpooledArticle> _memory = [];
    private long _memoryChars;
    private FileStream? _file;

    public long Count { get; private set; }

    public async Task AddAsync(SpooledArticle article, CancellationToken ct)
    {
        _memory.Add(article);
        _memoryChars += Chars(article);
        Count++;
        if (IsFull(_memory.Count, _memoryChars))
        {
            await MoveToFileAsync(ct);
        }
    }

    /// <summary>The articles in the order they were read, in commit batches.</summary>
    public async IAsyncEnumerable<IReadOnlyList<SpooledArticle>> BatchesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (_file is null)
        {
            if (_memory.Count > 0)
            {
                yield return _memory;
            }
            yield break;
        }
        await MoveToFileAsync(ct);
        _file.Position = 0;
        using var reader = new StreamReader(_file, leaveOpen: true);
        var batch = new List<SpooledArticle>();
        long chars = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            var article = JsonSerializer.Deserialize<SpooledArticle>(line)!;
            batch.Add(article);
            chars += Chars(article);
            if (IsFull(batch.Count, chars))
            {
                yield return batch;
                batch = [];
                chars = 0;
            }
        }
        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private bool IsFull(int count, long chars) => count >= batchSize || chars >= batchChars;

    private static long Chars(SpooledArticle a) => (a.Article.RawText?.Length ?? 0) + (a.Article.RawHtml?.Length ?? 0);

    private async Task MoveToFileAsync(CancellationToken ct)
    {
        _file ??= new FileStream(
            Path.Combine(Path.GetTempPath(), $"corpus-upload-{Guid.NewGuid():N}.ndjson"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            bufferSize: 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        foreach (var article in _memory)
        {
            // JSON escapes every line break inside strings, so each article is exactly one line.
            await JsonSerializer.SerializeAsync(_file, article, cancellationToken: ct);
            _file.WriteByte((byte)'\n');
        }
        _memory = [];
        _memoryChars = 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            await _file.DisposeAsync();
        }
    }
}
