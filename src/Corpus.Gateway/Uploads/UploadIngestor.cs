using System.Diagnostics;
using Corpus.Grains.Articles;
using Corpus.Grains.Runtime;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Queue;
using Corpus.Storage.Uploads;
using Corpus.Storage.Views;
using Corpus.Text.Fingerprints;
using Microsoft.Extensions.Options;

namespace Corpus.Gateway.Uploads;

/// <summary>
/// Stores the accepted articles of an upload in batches, each committed with its queue messages, so that
/// when the answer goes out every accepted article is durable and will be processed.
/// </summary>
public sealed class UploadIngestor(ICorpusStore store, IOptions<UploadOptions> options, TimeProvider clock, QueueSignal signal, CorpusMetrics metrics)
{
    public static string NewUploadId() => "u" + Guid.NewGuid().ToString("N")[..15];

    /// <param name="committed">Told the running totals after each commit, so a failed upload can say what it kept.</param>
    public async Task<UploadReceipt> IngestAsync(string id, IAsyncEnumerable<UploadLine> lines, Action<UploadTotals>? committed, CancellationToken ct)
    {
        var o = options.Value;
        var batch = new List<UploadedArticle>(o.CommitBatchSize);
        var rejected = new List<Rejection>();
        long received = 0, accepted = 0, duplicates = 0, rejectedCount = 0;
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
            batch.Add(line.Article);
            if (batch.Count >= o.CommitBatchSize)
            {
                var (a, d) = await CommitAsync(id, batch, new UploadTotals(received, accepted, duplicates, rejectedCount), ct);
                accepted += a;
                duplicates += d;
                batch.Clear();
                committed?.Invoke(new UploadTotals(received, accepted, duplicates, rejectedCount));
            }
        }
        var (lastAccepted, lastDuplicates) = await CommitAsync(id, batch, new UploadTotals(received, accepted, duplicates, rejectedCount), ct);
        accepted += lastAccepted;
        duplicates += lastDuplicates;
        return new UploadReceipt(id, received, accepted, duplicates, rejected);
    }

    private async Task<(long Accepted, long Duplicates)> CommitAsync(string uploadId, List<UploadedArticle> batch, UploadTotals before, CancellationToken ct)
    {
        var rows = batch.Select(ToRow).ToList();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var tx = await store.BeginAsync([], ct);
        var inserted = await ArticleRows.InsertNewAsync(tx, uploadId, rows, now, ct);
        var traceParent = Activity.Current?.Id;
        var work = rows.Where((_, i) => inserted[i]).Select(r => new NewWorkItem(ArticleGrain.KindName, r.Id, GrainMessages.Write(ArticleMessage.Process), traceParent, WorkPriority.NewInput)).ToList();
        await WorkQueue.EnqueueAsync(tx, work, now, ct);
        long accepted = work.Count;
        long duplicates = rows.Count - work.Count;
        await UploadRows.SaveAsync(tx, uploadId, before with { Accepted = before.Accepted + accepted, Duplicates = before.Duplicates + duplicates }, now, ct);
        await tx.CommitAsync(ct);
        metrics.Ingested(accepted, duplicates);
        if (work.Count > 0)
        {
            signal.Notify(work.Count);
        }
        return (accepted, duplicates);
    }

    private static ArticleToStore ToRow(UploadedArticle a)
    {
        var hash = ContentHash.Of(a.Text ?? a.Html ?? string.Empty);
        var id = a.Key is null ? StableId.Of("article-content", hash) : StableId.Of("article", a.Key);
        return new ArticleToStore(id, a.Key, hash, a.Source, a.Url, a.Title, a.Published, a.Text, a.Html);
    }
}
