using Corpus.Storage.Queue;

namespace Corpus.Grains.Runtime;

/// <summary>
/// A kind of grain. A batch of its messages is first prepared outside any transaction (reading only what
/// never changes and computing), then applied as one turn holding the locks of every key in the batch.
/// </summary>
public interface IGrain
{
    string Kind { get; }

    /// <summary>The most messages one turn takes; a leased batch of more is run as several turns. 0: no limit.</summary>
    int MaxTurnSize => 0;

    Task<ITurn> PrepareAsync(IReadOnlyList<WorkItem> items, CancellationToken ct);

    /// <summary>Called once when a message has failed for the last time.</summary>
    Task DeadLetteredAsync(WorkItem item, string reason, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>The part of a grain's work that runs inside the turn's transaction.</summary>
public interface ITurn
{
    Task ApplyAsync(GrainTurn turn, CancellationToken ct);
}
