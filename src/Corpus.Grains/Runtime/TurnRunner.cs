using System.Diagnostics;
using Corpus.Storage;
using Corpus.Storage.Queue;

namespace Corpus.Grains.Runtime;

/// <summary>
/// Runs one batch of a grain's messages as one turn: prepare, then one transaction holding the keys' locks
/// (in key order), apply, send, complete the items. Nothing of a failed turn is kept.
/// </summary>
public sealed class TurnRunner(ICorpusStore store, TimeProvider clock, CorpusMetrics metrics)
{
    public async Task RunAsync(IGrain grain, IReadOnlyList<WorkItem> items, string owner, CancellationToken ct)
    {
        var links = items.Select(i => CorpusTelemetry.ContextOf(i.TraceParent)).Where(c => c != default).Distinct().Select(c => new ActivityLink(c));
        using var activity = CorpusTelemetry.Source.StartActivity(
            ActivityKind.Internal, items.Count == 1 ? CorpusTelemetry.ContextOf(items[0].TraceParent) : default, links: links, name: $"{grain.Kind} turn");
        activity?.SetTag("corpus.grain", grain.Kind);
        activity?.SetTag("corpus.batch_size", items.Count);
        var started = Stopwatch.GetTimestamp();
        var prepared = await grain.PrepareAsync(items, ct);
        var keys = items.Select(i => $"{grain.Kind}:{i.GrainKey}").Concat(prepared.LockKeys);
        await using var tx = await store.BeginAsync(keys, ct);
        var turn = new GrainTurn(tx, clock.GetUtcNow().ToUnixTimeMilliseconds(), Activity.Current?.Id);
        await prepared.ApplyAsync(turn, ct);
        foreach (var item in items)
        {
            await WorkQueue.CompleteAsync(tx, item, owner, ct);
        }
        await WorkQueue.EnqueueAsync(tx, turn.Outbox, turn.NowMs, ct);
        await tx.CommitAsync(ct);
        metrics.TurnCompleted(grain.Kind, items.Count, Stopwatch.GetElapsedTime(started));
    }
}
