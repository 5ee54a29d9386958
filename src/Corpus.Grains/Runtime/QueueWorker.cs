using Corpus.Storage.Queue;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Corpus.Grains.Runtime;

/// <summary>
/// Leases messages from the durable queue and runs them as grain turns. A batch that fails is retried
/// item by item, so one bad article never holds back the others; an item that keeps failing is dead-lettered.
/// </summary>
public sealed partial class QueueWorker(
    WorkQueue queue,
    TurnRunner runner,
    IEnumerable<IGrain> grains,
    IOptions<WorkerOptions> options,
    QueueSignal signal,
    CorpusMetrics metrics,
    ILogger<QueueWorker> log) : BackgroundService
{
    private readonly Dictionary<string, IGrain> _grains = grains.ToDictionary(g => g.Kind, StringComparer.Ordinal);
    private readonly string _node = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>One loop per core by default.</summary>
    public int Concurrency => options.Value.Concurrency > 0 ? options.Value.Concurrency : Environment.ProcessorCount;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Concurrency).Select(i => Task.Run(() => LoopAsync($"{_node}:{i}", stoppingToken), stoppingToken)));

    private async Task LoopAsync(string owner, CancellationToken ct)
    {
        var o = options.Value;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var items = await queue.LeaseAsync(owner, o.BatchSize, TimeSpan.FromSeconds(o.LeaseSeconds), ct);
                if (items.Count == 0)
                {
                    await signal.WaitAsync(TimeSpan.FromMilliseconds(o.IdleDelayMilliseconds), ct);
                    continue;
                }
                foreach (var batch in items.GroupBy(i => i.Grain))
                {
                    var size = _grains.TryGetValue(batch.Key, out var grain) && grain.MaxTurnSize > 0 ? grain.MaxTurnSize : int.MaxValue;
                    foreach (var turn in batch.Chunk(size))
                    {
                        await RunBatchAsync(batch.Key, turn, owner, ct);
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogLoopFailed(ex);
                await Task.Delay(TimeSpan.FromMilliseconds(o.IdleDelayMilliseconds * 4), ct);
            }
        }
    }

    private async Task RunBatchAsync(string kind, IReadOnlyList<WorkItem> batch, string owner, CancellationToken ct)
    {
        if (!_grains.TryGetValue(kind, out var grain))
        {
            foreach (var item in batch)
            {
                await queue.FailAsync(item, owner, $"No grain of kind '{kind}' runs on this node.", 0, ct);
            }
            return;
        }
        try
        {
            await runner.RunAsync(grain, batch, owner, ct);
        }
        catch (LeaseLostException ex)
        {
            LogLeaseLost(ex.Message);
        }
        catch (Exception ex) when (batch.Count > 1 && !ct.IsCancellationRequested)
        {
            LogBatchFailed(ex, kind, batch.Count);
            foreach (var item in batch)
            {
                await RunOneAsync(grain, item, owner, ct);
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            await FailAsync(grain, batch[0], owner, ex, ct);
        }
    }

    private async Task RunOneAsync(IGrain grain, WorkItem item, string owner, CancellationToken ct)
    {
        try
        {
            await runner.RunAsync(grain, [item], owner, ct);
        }
        catch (LeaseLostException ex)
        {
            LogLeaseLost(ex.Message);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            await FailAsync(grain, item, owner, ex, ct);
        }
    }

    private async Task FailAsync(IGrain grain, WorkItem item, string owner, Exception error, CancellationToken ct)
    {
        var reason = $"{error.GetType().Name}: {error.Message}";
        var dead = await queue.FailAsync(item, owner, reason, options.Value.MaxAttempts, ct);
        LogItemFailed(error, grain.Kind, item.GrainKey, item.Attempts, dead);
        if (dead)
        {
            metrics.Failed(grain.Kind);
            await grain.DeadLetteredAsync(item, reason, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Worker loop failed; retrying")]
    private partial void LogLoopFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message}")]
    private partial void LogLeaseLost(string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Grain} batch of {Count} failed; running its items one by one")]
    private partial void LogBatchFailed(Exception ex, string grain, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Grain} {Key} failed on attempt {Attempt} (dead-lettered: {Dead})")]
    private partial void LogItemFailed(Exception ex, string grain, string key, long attempt, bool dead);
}
