namespace Corpus.Storage.Queue;

/// <summary>A message for one grain, as leased from the queue.</summary>
public sealed class WorkItem
{
    public long Id { get; set; }

    public string Grain { get; set; } = string.Empty;

    public string GrainKey { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    public long Attempts { get; set; }

    public string? TraceParent { get; set; }
}

/// <summary>A message to put on the queue inside a turn's transaction.</summary>
public sealed record NewWorkItem(string Grain, string GrainKey, string Payload, string? TraceParent = null);

public sealed record QueueStats(long Ready, long Leased, long Dead, long OldestEnqueuedAtMs);
