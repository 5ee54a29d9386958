using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Corpus.Grains.Runtime;

public static class CorpusTelemetry
{
    public const string Name = "Corpus";

    public static readonly ActivitySource Source = new(Name);

    /// <summary>The context a queued item carried from the request that enqueued it.</summary>
    public static ActivityContext ContextOf(string? traceParent) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, out var context) ? context : default;
}

/// <summary>The <c>corpus.*</c> instruments.</summary>
public sealed class CorpusMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly Counter<long> _ingested;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _statements;
    private readonly Histogram<double> _turnDuration;
    private readonly Histogram<double> _stageDuration;
    private QueueSnapshot? _queue;

    public CorpusMetrics(IMeterFactory? factory = null)
    {
        _meter = factory?.Create(CorpusTelemetry.Name) ?? new Meter(CorpusTelemetry.Name);
        _ingested = _meter.CreateCounter<long>("corpus.articles.ingested", "{article}", "Articles accepted by uploads.");
        _duplicates = _meter.CreateCounter<long>("corpus.articles.duplicate", "{article}", "Uploaded articles already stored, by key or content.");
        _failed = _meter.CreateCounter<long>("corpus.articles.failed", "{article}", "Articles whose processing was dead-lettered.");
        _statements = _meter.CreateCounter<long>("corpus.statements", "{statement}", "Statements extracted.");
        _turnDuration = _meter.CreateHistogram<double>("corpus.turn.duration", "s", "Duration of one grain turn.");
        _stageDuration = _meter.CreateHistogram<double>("corpus.stage.duration", "s", "Duration of one text pipeline stage for one article.");
        _meter.CreateObservableGauge("corpus.queue.depth", ObserveDepth, "{item}", "Queued messages by state, as last read from the store.");
        _meter.CreateObservableGauge("corpus.queue.oldest_age", ObserveOldestAge, "s", "Age of the oldest message not yet done, as last read from the store.");
    }

    public Meter Meter => _meter;

    public void Ingested(long accepted, long duplicates)
    {
        _ingested.Add(accepted);
        _duplicates.Add(duplicates);
    }

    public void Failed(string grain) => _failed.Add(1, new KeyValuePair<string, object?>("corpus.grain", grain));

    public void StatementsExtracted(long count) => _statements.Add(count);

    public void TurnCompleted(string grain, int batchSize, TimeSpan elapsed) =>
        _turnDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("corpus.grain", grain), new KeyValuePair<string, object?>("corpus.batch", batchSize > 1));

    public void StageCompleted(string stage, TimeSpan elapsed) =>
        _stageDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("corpus.stage", stage));

    /// <summary>The queue as last read; gauges report it, since their callbacks cannot query the store.</summary>
    public void QueueObserved(long ready, long leased, long dead, long oldestEnqueuedAtMs, long nowMs) =>
        _queue = new QueueSnapshot(ready, leased, dead, oldestEnqueuedAtMs == 0 ? 0 : Math.Max(0, nowMs - oldestEnqueuedAtMs) / 1000.0);

    private IEnumerable<Measurement<long>> ObserveDepth() => _queue is { } q
        ?
        [
            new(q.Ready, new KeyValuePair<string, object?>("corpus.queue.state", "ready")),
            new(q.Leased, new KeyValuePair<string, object?>("corpus.queue.state", "leased")),
            new(q.Dead, new KeyValuePair<string, object?>("corpus.queue.state", "dead")),
        ]
        : [];

    private IEnumerable<Measurement<double>> ObserveOldestAge() => _queue is { } q ? [new(q.OldestAgeSeconds)] : [];

    public void Dispose() => _meter.Dispose();

    private sealed record QueueSnapshot(long Ready, long Leased, long Dead, double OldestAgeSeconds);
}
