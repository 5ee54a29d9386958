using Corpus.Storage.Sqlite;

namespace Corpus.Storage.Tests.Sqlite;

public sealed class KeyedLocksTests
{
    [Fact]
    public async Task A_key_is_held_by_one_caller_at_a_time_and_forgotten_once_free()
    {
        var locks = new KeyedLocks();
        var first = await locks.AcquireAsync(["b", "a"], CancellationToken.None);
        var second = locks.AcquireAsync(["a", "c"], CancellationToken.None);
        var other = await locks.AcquireAsync(["d"], CancellationToken.None);

        // The second caller waits on "a" and has not reached "c" yet: keys are taken in order.
        Assert.False(second.IsCompleted);
        Assert.Equal(3, locks.Count);
        first.Dispose();
        var secondHeld = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, locks.Count);
        secondHeld.Dispose();
        other.Dispose();
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_nothing_behind()
    {
        var locks = new KeyedLocks();
        var held = await locks.AcquireAsync(["x"], CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = locks.AcquireAsync(["w", "x"], cancel.Token);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(1, locks.Count);
        held.Dispose();
        Assert.Equal(0, locks.Count);
        using var again = await locks.AcquireAsync(["w", "x"], CancellationToken.None);
    }
}
