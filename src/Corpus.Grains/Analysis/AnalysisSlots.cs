namespace Corpus.Grains.Analysis;

/// <summary>
/// Runs CPU-heavy text analysis on the thread pool, at most a few at once per silo, so that however many articles are
/// waiting, Orleans' own messages, timers and membership probes still find a thread.
/// </summary>
public sealed class AnalysisSlots(int concurrency) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, concurrency));

    public async Task<T> RunAsync<T>(Func<T> work)
    {
        await _slots.WaitAsync();
        try
        {
            return await Task.Run(work);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
