using System.Diagnostics;
using System.Diagnostics.Metrics;
using Corpus.Storage;

namespace Corpus.Grains.Telemetry;

/// <summary>The <c>corpus.*</c> instruments.</summary>
public sealed class CorpusMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly Counter<long> _ingested;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _processed;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _statements;
    private readonly Histogram<double> _settleDuration;
    private readonly Histogram<double> _stageDuration;
    private readonly Counter<long> _derivations;
    private long _inFlight;

    public CorpusMetrics(IMeterFactory? factory = null)
    {
        _meter = factory?.Create(CorpusTelemetry.Name) ?? new Meter(CorpusTelemetry.Name);
        _ingested = _meter.CreateCounter<long>("corpus.articles.ingested", "{article}", "Articles accepted by uploads.");
        _duplicates = _meter.CreateCounter<long>("corpus.articles.duplicate", "{article}", "Uploaded articles already stored, by key or content.");
        _processed = _meter.CreateCounter<long>("corpus.articles.processed", "{article}", "Articles whose findings are all stored and handed on.");
        _failed = _meter.CreateCounter<long>("corpus.articles.failed", "{article}", "Articles that could not be analysed.");
        _statements = _meter.CreateCounter<long>("corpus.statements", "{statement}", "Statements extracted from original articles.");
        _settleDuration = _meter.CreateHistogram<double>("corpus.settle.duration", "s", "Duration of one settling pass: copies decided, findings stored and handed on.");
        _stageDuration = _meter.CreateHistogram<double>("corpus.stage.duration", "s", "Duration of one text pipeline stage for one article.");
        _derivations = _meter.CreateCounter<long>(
            "corpus.grain.derivations", "{derivation}", "Grain states derived from the store: restored from a checkpoint and the facts after it, or from all the facts.");
        _meter.CreateObservableGauge("corpus.articles.in_flight", () => Interlocked.Read(ref _inFlight), "{article}", "Articles being analysed or settled by this silo's intake.");
    }

    public void Ingested(long accepted, long duplicates)
    {
        _ingested.Add(accepted);
        _duplicates.Add(duplicates);
    }

    public void Settled(int processed, int failed, long statements, TimeSpan elapsed)
    {
        _processed.Add(processed);
        _failed.Add(failed);
        _statements.Add(statements);
        _settleDuration.Record(elapsed.TotalSeconds);
    }

    public void InFlight(long count) => Interlocked.Exchange(ref _inFlight, count);

    public void StageCompleted(string stage, TimeSpan elapsed) =>
        _stageDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("corpus.stage", stage));

    /// <summary>Records a stage that started at the <see cref="Stopwatch"/> timestamp <paramref name="started"/>; returns the timestamp the next stage starts at.</summary>
    public long Lap(string stage, long started)
    {
        StageCompleted(stage, Stopwatch.GetElapsedTime(started));
        return Stopwatch.GetTimestamp();
    }

    public void Derived(CheckpointedGrain grain, bool fromCheckpoint) =>
        _derivations.Add(
            1,
            new KeyValuePair<string, object?>("corpus.grain", GrainCheckpoints.Name(grain)),
            new KeyValuePair<string, object?>("corpus.derived_from", fromCheckpoint ? "checkpoint" : "all"));

    public void Dispose() => _meter.Dispose();
}
