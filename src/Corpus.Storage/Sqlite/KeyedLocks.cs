namespace Corpus.Storage.Sqlite;

/// <summary>
/// In-process per-key locks for the embedded store, always taken in ordinal key order. A key's gate exists only
/// while someone holds or waits for it, so the table does not grow with every article id and bucket stripe ever locked.
/// </summary>
public sealed class KeyedLocks
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>Gates in use now (held or awaited).</summary>
    public int Count
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }

    public async Task<IDisposable> AcquireAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var ordered = keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var held = new List<(string Key, Gate Gate)>(ordered.Count);
        try
        {
            foreach (var key in ordered)
            {
                var gate = Enter(key);
                try
                {
                    await gate.Semaphore.WaitAsync(ct);
                }
                catch
                {
                    Leave(key, gate, release: false);
                    throw;
                }
                held.Add((key, gate));
            }
        }
        catch
        {
            Release(held);
            throw;
        }
        return new Held(this, held);
    }

    private Gate Enter(string key)
    {
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out var gate))
            {
                _gates[key] = gate = new Gate();
            }
            gate.Users++;
            return gate;
        }
    }

    private void Leave(string key, Gate gate, bool release)
    {
        lock (_gates)
        {
            if (release)
            {
                gate.Semaphore.Release();
            }
            if (--gate.Users == 0)
            {
                _gates.Remove(key);
            }
        }
    }

    private void Release(List<(string Key, Gate Gate)> held)
    {
        for (var i = held.Count - 1; i >= 0; i--)
        {
            Leave(held[i].Key, held[i].Gate, release: true);
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Held(KeyedLocks owner, List<(string Key, Gate Gate)> held) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Release(held);
            }
        }
    }
}
