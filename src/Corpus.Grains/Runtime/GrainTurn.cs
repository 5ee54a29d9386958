using Corpus.Storage;
using Corpus.Storage.Queue;

namespace Corpus.Grains.Runtime;

/// <summary>One turn: its transaction, its clock, and the messages it sends, which commit with it.</summary>
public sealed class GrainTurn(StoreTransaction transaction, long nowMs, string? traceParent)
{
    private readonly List<NewWorkItem> _outbox = [];

    public StoreTransaction Transaction { get; } = transaction;

    public long NowMs { get; } = nowMs;

    public IReadOnlyList<NewWorkItem> Outbox => _outbox;

    public void Send(string grain, string key, object message) =>
        _outbox.Add(new NewWorkItem(grain, key, GrainMessages.Write(message), traceParent));
}
