namespace Corpus.Grains.Runtime;

/// <summary>Wakes this node's idle workers when it has just queued work, instead of waiting for the next poll.</summary>
public sealed class QueueSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);

    public void Notify(int workers) => _signal.Release(Math.Max(1, workers));

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        await _signal.WaitAsync(timeout, ct);
    }

    public void Dispose() => _signal.Dispose();
}
