using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Corpus.Storage;

/// <summary>
/// Group commit for what grains write. Writes handed in while a transaction commits go together into the next one, so
/// a busy silo makes one commit for many grains' writes instead of one each (one commit per write caps near a thousand
/// articles a second). A write completes when its transaction has committed. When a shared transaction fails, each of
/// its writes is tried again alone, so one bad write fails only its own caller; writes must therefore be idempotent.
/// </summary>
public sealed partial class StoreWriter : IAsyncDisposable
{
    private const int MaxWritesPerCommit = 512;

    private static readonly Meter Meter = new("Corpus");
    private static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>("corpus.store.commit.duration", "s", "Duration of one group commit of grain writes.");
    private static readonly Histogram<int> CommitWrites = Meter.CreateHistogram<int>("corpus.store.commit.writes", "{write}", "Grain writes in one group commit.");

    private readonly ICorpusStore _store;
    private readonly ILogger<StoreWriter> _log;
    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = false });
    private readonly Task[] _committers;

    /// <param name="parallelism">Transactions at once: one for SQLite, which has one writer; a few for PostgreSQL.</param>
    public StoreWriter(ICorpusStore store, int parallelism, ILogger<StoreWriter> log)
    {
        _store = store;
        _log = log;
        _committers = [.. Enumerable.Range(0, Math.Max(1, parallelism)).Select(_ => Task.Run(CommitLoopAsync))];
    }

    public Task WriteAsync(Func<StoreTransaction, CancellationToken, Task> write)
    {
        var pending = new Pending(write, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_pending.Writer.TryWrite(pending), this);
        return pending.Done.Task;
    }

    private async Task CommitLoopAsync()
    {
        await using var connection = new WriterConnection(_store);
        var batch = new List<Pending>(MaxWritesPerCommit);
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxWritesPerCommit && _pending.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }
            if (batch.Count == 0)
            {
                continue;
            }
            try
            {
                await CommitWithRetriesAsync(connection, batch);
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception ex) when (batch.Count > 1)
            {
                LogSharedCommitFailed(ex, batch.Count);
                foreach (var pending in batch)
                {
                    await CommitAloneAsync(connection, pending);
                }
            }
            catch (Exception ex)
            {
                batch[0].Done.TrySetException(ex);
            }
            batch.Clear();
        }
    }

    /// <summary>
    /// A group commit holds the writes of many grains, whose rows can meet in the counts triggers keep (an outlet's, a
    /// speaker's) or in a link a regrouping speaker releases, so PostgreSQL now and then breaks a deadlock by failing one
    /// of the transactions: a transient failure is retried whole, after a short random wait, before the batch is split.
    /// </summary>
    private static async Task CommitWithRetriesAsync(WriterConnection connection, IReadOnlyList<Pending> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CommitAsync(connection, batch);
                return;
            }
            catch (DbException ex) when (ex.IsTransient && attempt < 4)
            {
                await Task.Delay(Random.Shared.Next(5, 50 * attempt));
            }
        }
    }

    private static async Task CommitAloneAsync(WriterConnection connection, Pending pending)
    {
        try
        {
            await CommitWithRetriesAsync(connection, [pending]);
            pending.Done.TrySetResult();
        }
        catch (Exception ex)
        {
            pending.Done.TrySetException(ex);
        }
    }

    private static async Task CommitAsync(WriterConnection connection, IReadOnlyList<Pending> batch)
    {
        var started = Stopwatch.GetTimestamp();
        await connection.RunAsync(async tx =>
        {
            foreach (var pending in batch)
            {
                await pending.Write(tx, CancellationToken.None);
            }
            await tx.CommitAsync(CancellationToken.None);
        });
        CommitDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        CommitWrites.Record(batch.Count);
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await Task.WhenAll(_committers);
    }

    private sealed record Pending(Func<StoreTransaction, CancellationToken, Task> Write, TaskCompletionSource Done);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A commit of {Count} writes failed; committing each alone")]
    private partial void LogSharedCommitFailed(Exception ex, int count);
}
