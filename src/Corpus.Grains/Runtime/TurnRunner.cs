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
        using var itemSpans = ItemSpans.Start(grain.Kind, items, activity);
        var started = Stopwatch.GetTimestamp();
        var prepared = await grain.PrepareAsync(items, ct);
        var keys = items.Select(i => $"{grain.Kind}:{i.GrainKey}");
        await using var tx = await store.BeginAsync(keys, Durability.Redoable, ct);
        var turn = new GrainTurn(tx, clock.GetUtcNow().ToUnixTimeMilliseconds(), Activity.Current?.Id, itemSpans.TraceParents);
        await prepared.ApplyAsync(turn, ct);
        await WorkQueue.CompleteAsync(tx, items, owner, ct);
        await WorkQueue.EnqueueAsync(tx, turn.Outbox, turn.NowMs, ct);
        await tx.CommitAsync(ct);
        metrics.TurnCompleted(grain.Kind, items.Count, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// A batch turn's span starts its own trace; each item of the batch also gets a span in its own trace, linked to
    /// the turn, so that one article's trace stays connected through batched turns and the messages they send.
    /// </summary>
    private sealed class ItemSpans : IDisposable
    {
        private readonly List<Activity> _spans = [];

        public Dictionary<string, string?> TraceParents { get; } = new(StringComparer.Ordinal);

        public static ItemSpans Start(string kind, IReadOnlyList<WorkItem> items, Activity? turn)
        {
            var spans = new ItemSpans();
            foreach (var item in items)
            {
                if (items.Count == 1 || turn is null)
                {
                    spans.TraceParents[item.GrainKey] = turn?.Id;
                    continue;
                }
                var parent = CorpusTelemetry.ContextOf(item.TraceParent);
                var span = CorpusTelemetry.Source.CreateActivity($"{kind} message", ActivityKind.Internal, parent, links: [new ActivityLink(turn.Context)]);
                if (span is null)
                {
                    continue;
                }
                span.SetTag("corpus.grain", kind);
                span.SetTag("corpus.grain_key", item.GrainKey);
                span.Start();
                spans._spans.Add(span);
                spans.TraceParents[item.GrainKey] = span.Id;
            }
            // Starting the item spans made each one current; the turn's own span is what SQL spans belong under.
            Activity.Current = turn;
            return spans;
        }

        public void Dispose()
        {
            foreach (var span in _spans)
            {
                span.Stop();
            }
        }
    }
}
