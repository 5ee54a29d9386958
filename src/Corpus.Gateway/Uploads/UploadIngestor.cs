using System.Diagnostics;
using Corpus.Grains.Intake;
using Corpus.Grains.Telemetry;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Uploads;
using Corpus.Storage.Views;
using Microsoft.Extensions.Options;

namespace Corpus.Gateway.Uploads;

/// <summary>An Idempotency-Key the upload is stored under: the client it belongs to and the body it was first sent with.</summary>
public sealed record IdempotencyClaim(string Client, string Key, string Fingerprint);

/// <summary>
/// Stores a read upload in batches, so that when the answer goes out every accepted article is durable; the intake
/// takes in whatever is stored and unfinished, so it will be processed. Nothing is stored before the whole body is
/// read: a request that breaks off leaves nothing behind.
/// </summary>
public sealed partial class UploadIngestor(
    ICorpusStore store, IOptions<UploadOptions> options, TimeProvider clock, IGrainFactory grains, IHostApplicationLifetime lifetime, CorpusMetrics metrics, ILogger<UploadIngestor> log)
{
    public static string NewUploadId() => "u" + Guid.NewGuid().ToString("N")[..15];

    public UploadDraft NewDraft() => new(options.Value);

    /// <summary>Reads and stores a whole upload under a new id.</summary>
    public async Task<UploadReceipt> IngestAsync(IAsyncEnumerable<UploadLine> lines, CancellationToken ct)
    {
        await using var draft = NewDraft();
        await draft.ReadAsync(lines, ct);
        return (await StoreAsync(draft, NewUploadId(), claim: null, resuming: false, ct))!;
    }

    /// <param name="claim">The Idempotency-Key to record with the first batch, or null.</param>
    /// <param name="resuming">Whether another request under the same key began storing this upload (it was interrupted or is still storing).</param>
    /// <returns>The receipt, or null when another request claimed the key first (nothing is stored then).</returns>
    public async Task<UploadReceipt?> StoreAsync(UploadDraft draft, string id, IdempotencyClaim? claim, bool resuming, CancellationToken ct)
    {
        // Under an Idempotency-Key another request may be storing the same upload at the same time.
        var metByThisRequest = claim is null ? null : new HashSet<string>(StringComparer.Ordinal);
        var claimed = claim is null || resuming;
        var rejections = new List<Rejection>(draft.Rejections);
        var totals = new UploadTotals(draft.Received, 0, 0, draft.RejectedCount);

        // With the first transaction, so that a lost race stores nothing.
        async Task<bool> ClaimAsync(StoreTransaction tx, long now)
        {
            claimed = claimed || await UploadRequests.TryClaimAsync(tx, claim!.Client, claim.Key, claim.Fingerprint, id, now, ct);
            return claimed;
        }

        await foreach (var batch in draft.Articles.BatchesAsync(ct))
        {
            var packed = PackedArticle.AllOf([.. batch.Select(a => a.Article)]);
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            await using var tx = await store.BeginAsync(ct);
            if (!await ClaimAsync(tx, now))
            {
                return null;
            }
            var outcomes = await UploadArticles.StoreAsync(tx, id, packed, now, Activity.Current?.Id, metByThisRequest, ct);
            var stored = outcomes.LongCount(o => o == UploadOutcome.Stored);
            var duplicates = outcomes.LongCount(o => o == UploadOutcome.Duplicate);
            var refused = batch.Where((_, i) => outcomes[i] == UploadOutcome.KeyHasOtherContent).ToList();
            rejections.AddRange(refused.Take(Math.Max(0, options.Value.MaxListedRejections - rejections.Count))
                .Select(a => new Rejection(a.Line, a.Article.ClientKey, KeyHasOtherContent(a.Article.ClientKey!))));
            totals = totals with { Accepted = totals.Accepted + stored, Duplicates = totals.Duplicates + duplicates, Rejected = totals.Rejected + refused.Count };
            await UploadRows.SaveAsync(tx, id, totals, complete: false, now, ct);
            await tx.CommitAsync(ct);
            metrics.Ingested(stored, duplicates);
            if (stored > 0)
            {
                await NudgeIntakeAsync();
            }
        }
        var receipt = new UploadReceipt(id, totals.Received, totals.Accepted, totals.Duplicates, [.. rejections.OrderBy(r => r.Line).Take(options.Value.MaxListedRejections)]);
        await using (var tx = await store.BeginAsync(ct))
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            if (!await ClaimAsync(tx, now))
            {
                return null;
            }
            await UploadRows.SaveAsync(tx, id, totals, complete: true, now, ct);
            if (claim is not null)
            {
                await UploadRequests.SaveReceiptAsync(tx, claim.Client, claim.Key, Json.Write(receipt), ct);
            }
            await tx.CommitAsync(ct);
        }
        return receipt;
    }

    private static string KeyHasOtherContent(string key) =>
        $"key '{key}' already exists with other content (text, html, title, url, source or published differ); the stored article is kept, upload the new one under another key";

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
}
