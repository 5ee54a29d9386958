using Corpus.Storage;
using Corpus.Storage.Queue;

namespace Corpus.Grains.Runtime;

/// <summary>One turn: its transaction, its clock, and the messages it sends, which commit with it.</summary>
public sealed class GrainTurn(StoreTransaction transaction, long nowMs, string? traceParent, IReadOnlyDictionary<string, string?>? itemTraceParents = null)
{
    private readonly List<NewWorkItem> _outbox = [];

    public StoreTransaction Transaction { get; } = transaction;

    public long NowMs { get; } = nowMs;

    public IReadOnlyList<NewWorkItem> Outbox => _outbox;

    public void Send(string grain, string key, object message) =>
        _outbox.Add(new NewWorkItem(grain, key, GrainMessages.Write(message), traceParent));

    /// <summary>Sends a message caused by the item of <paramref name="itemKey"/>, so that it stays in that item's trace.</summary>
    /// <param name="afterInput">See <see cref="NewWorkItem.AfterInput"/>.</param>
    public void Send(string grain, string key, object message, string itemKey, long? afterInput = null) =>
        _outbox.Add(new NewWorkItem(grain, key, GrainMessages.Write(message), itemTraceParents?.GetValueOrDefault(itemKey) ?? traceParent, AfterInput: afterInput));
}
