using System.Collections.Concurrent;

namespace Corpus.Storage.Sqlite;

/// <summary>In-process per-key locks for the embedded store, always taken in ordinal key order.</summary>
public sealed class KeyedLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var ordered = keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var held = new List<SemaphoreSlim>(ordered.Count);
        try
        {
            foreach (var key in ordered)
            {
                var gate = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(ct);
                held.Add(gate);
            }
        }
        catch
        {
            Release(held);
            throw;
        }
        return new Held(held);
    }

    private static void Release(List<SemaphoreSlim> held)
    {
        for (var i = held.Count - 1; i >= 0; i--)
        {
            held[i].Release();
        }
    }

    private sealed class Held(List<SemaphoreSlim> held) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Release(held);
            }
        }
    }
}
