using System.Diagnostics;
using Corpus.Grains.Intake;
using Corpus.Grains.Telemetry;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Uploads;
using Corpus.Storage.Views;
using Corpus.Text.Fingerprints;
using Microsoft.Extensions.Options;

namespace Corpus.Gateway.Uploads;

/// <summary>
/// Stores the accepted articles of an upload in batches, so that when the answer goes out every accepted article is
/// durable; the intake takes in whatever is stored and unfinished, so it will be processed. The next batch is read,
/// parsed and hashed while the previous one commits.
/// </summary>
public sealed partial class UploadIngestor(
    ICorpusStore store, IOptions<UploadOptions> options, TimeProvider clock, IGrainFactory grains, IHostApplicationLifetime lifetime, CorpusMetrics metrics, ILogger<UploadIngestor> log)
{
    public static string NewUploadId() => "u" + Guid.NewGuid().ToString("N")[..15];

    /// <param name="committed">Told the running totals after each commit, so a failed upload can say what it kept.</param>
    public async Task<UploadReceipt> IngestAsync(string id, IAsyncEnumerable<UploadLine> lines, Action<UploadTotals>? committed, CancellationToken ct)
    {
        var o = options.Value;
        var batch = new List<ArticleToStore>(o.CommitBatchSize);
        long batchBytes = 0;
        var rejected = new List<Rejection>();
        long received = 0, rejectedCount = 0;
        var stored = new UploadTotals(0, 0, 0, 0);
        Task<UploadTotals>? committing = null;

        // Waits for the batch being committed, then starts committing the one just read; the last commit also
        // records the totals when the upload ends with rejected lines only.
        async Task CommitNextAsync(bool last = false)
        {
            if (committing is not null)
            {
                stored = await committing;
                committing = null;
                committed?.Invoke(stored);
            }
            if (batch.Count > 0 || last)
            {
                committing = CommitAsync(id, batch, new UploadTotals(received, stored.Accepted, stored.Duplicates, rejectedCount), ct);
                batch = new List<ArticleToStore>(o.CommitBatchSize);
                batchBytes = 0;
            }
        }

        try
        {
            await foreach (var line in lines.WithCancellation(ct))
            {
                received++;
                if (line.Article is null)
                {
                    rejectedCount++;
                    if (rejected.Count < o.MaxListedRejections)
                    {
                        rejected.Add(new Rejection(line.Line, line.Key, line.Error ?? "rejected"));
                    }
                    continue;
                }
                batch.Add(ToRow(line.Article));
                batchBytes += (line.Article.Text?.Length ?? 0) + (line.Article.Html?.Length ?? 0);
                if (batch.Count >= o.CommitBatchSize || batchBytes >= o.CommitBatchBytes)
                {
                    await CommitNextAsync();
                }
            }
            await CommitNextAsync(last: true);
        }
        finally
        {
            // Whatever happened to the body, the batch already handed to the store is committed (or fails) before the answer.
            if (committing is not null)
            {
                stored = await committing;
                committed?.Invoke(stored);
            }
        }
        return new UploadReceipt(id, received, stored.Accepted, stored.Duplicates, rejected);
    }

    /// <returns>The upload's totals once this batch is stored.</returns>
    private async Task<UploadTotals> CommitAsync(string uploadId, List<ArticleToStore> rows, UploadTotals before, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var tx = await store.BeginAsync(ct);
        var inserted = await ArticleRows.InsertNewAsync(tx, uploadId, rows, now, Activity.Current?.Id, ct);
        long accepted = inserted.Count(i => i);
        long duplicates = rows.Count - accepted;
        var after = before with { Accepted = before.Accepted + accepted, Duplicates = before.Duplicates + duplicates };
        await UploadRows.SaveAsync(tx, uploadId, after, now, ct);
        await tx.CommitAsync(ct);
        metrics.Ingested(accepted, duplicates);
        if (accepted > 0)
        {
            await NudgeIntakeAsync();
        }
        return after;
    }

    /// <summary>
    /// Tells the intake there is work, once the node's Orleans side has started (seeds load before it has). Stored
    /// articles never depend on this: the intake also finds them on its own.
    /// </summary>
    private async Task NudgeIntakeAsync()
    {
        if (!lifetime.ApplicationStarted.IsCancellationRequested)
        {
            return;
        }
        try
        {
            await grains.GetGrain<IIntakeGrain>(IIntakeGrain.Key).ArticlesArrivedAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNudgeFailed(ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The intake was not told of new articles ({Reason}); it will find them on its own")]
    private partial void LogNudgeFailed(string reason);

    private static ArticleToStore ToRow(UploadedArticle a)
    {
        var hash = ContentHash.Of(a.Text ?? a.Html ?? string.Empty);
        var id = a.Key is null ? StableId.Of("article-content", hash) : StableId.Of("article", a.Key);
        return new ArticleToStore(id, a.Key, hash, a.Source, a.Url, a.Title, a.Published, a.Text, a.Html);
    }
}
