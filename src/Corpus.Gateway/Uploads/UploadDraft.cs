using System.Security.Cryptography;
using System.Text.Json;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Views;
using Corpus.Text.Fingerprints;

namespace Corpus.Gateway.Uploads;

/// <summary>
/// An upload as read from its body, before anything is stored: the accepted articles (spooled), the rejected lines,
/// and a fingerprint of what the body said, which tells a re-sent request from a different one under one
/// Idempotency-Key whatever the multipart boundary or the spacing between lines.
/// </summary>
public sealed class UploadDraft(UploadOptions options) : IAsyncDisposable
{
    private readonly IncrementalHash _fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<Rejection> _rejections = [];

    public UploadSpool Articles { get; } = new(options.CommitBatchSize, options.CommitBatchBytes);

    public long Received { get; private set; }

    public long RejectedCount { get; private set; }

    /// <summary>The first rejections, up to the listed limit.</summary>
    public IReadOnlyList<Rejection> Rejections => _rejections;

    /// <summary>Reads every line; when the body breaks, what was read before stays in the draft.</summary>
    public async Task ReadAsync(IAsyncEnumerable<UploadLine> lines, CancellationToken ct)
    {
        await foreach (var line in lines.WithCancellation(ct))
        {
            Received++;
            _fingerprint.AppendData(JsonSerializer.SerializeToUtf8Bytes(line));
            if (line.Article is null)
            {
                RejectedCount++;
                if (_rejections.Count < options.MaxListedRejections)
                {
                    _rejections.Add(new Rejection(line.Line, line.Key, line.Error ?? "rejected"));
                }
                continue;
            }
            await Articles.AddAsync(new SpooledArticle(line.Line, ToStore(line.Article)), ct);
        }
    }

    public string Fingerprint() => Convert.ToHexStringLower(_fingerprint.GetCurrentHash());

    private static ArticleToStore ToStore(UploadedArticle a)
    {
        var hash = ContentHash.Of(a.Text ?? a.Html ?? string.Empty);
        var id = a.Key is null ? StableId.Of("article-content", hash) : StableId.Of("article", a.Key);
        return new ArticleToStore(id, a.Key, hash, a.Source, a.Url, a.Title, a.Published, a.Text, a.Html);
    }

    public async ValueTask DisposeAsync()
    {
        _fingerprint.Dispose();
        await Articles.DisposeAsync();
    }
}
