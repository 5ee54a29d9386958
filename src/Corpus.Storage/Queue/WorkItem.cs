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
/// <param name="AfterInput">
/// The id of an input item: this message is not leased while any input item queued before that one is still waiting
/// for or in its turn, so its turn sees what every earlier input added.
/// </param>
public sealed record NewWorkItem(
    string Grain, string GrainKey, string Payload, string? TraceParent = null, WorkPriority Priority = WorkPriority.FollowUp, long? AfterInput = null);

/// <summary>
/// Which messages workers lease first: those grains send each other come before new input, so that what earlier
/// articles taught the corpus (an outlet's furniture, a speaker, a quote) is in place before later articles are
/// processed, and a bulk upload does not leave all its follow-up work queued behind the rest of the upload.
/// </summary>
public enum WorkPriority
{
    FollowUp = 0,
    NewInput = 1,
}

/// <param name="Ready">Messages not yet leased, including those still waiting for earlier input.</param>
public sealed record QueueStats(long Ready, long Leased, long Dead, long OldestEnqueuedAtMs);
