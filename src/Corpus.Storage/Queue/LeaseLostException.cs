namespace Corpus.Storage.Queue;

/// <summary>Another worker took over an item whose lease expired; this turn must roll back.</summary>
public sealed class LeaseLostException(long itemId) : Exception($"The lease on work item {itemId} was lost.");
