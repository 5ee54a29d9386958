using Corpus.Grains.Runtime;
using Corpus.Storage.Queue;

namespace Corpus.Gateway.Hosting;

/// <summary>Reads the queue's depth and oldest item now and then, for the <c>corpus.queue.*</c> gauges.</summary>
internal sealed partial class TelemetryQueueGauges(WorkQueue queue, CorpusMetrics metrics, TimeProvider clock, ILogger<TelemetryQueueGauges> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var stats = await queue.StatsAsync(stoppingToken);
                metrics.QueueObserved(stats.Ready, stats.Leased, stats.Dead, stats.OldestEnqueuedAtMs, clock.GetUtcNow().ToUnixTimeMilliseconds());
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException or InvalidOperationException)
            {
                LogUnreadable(ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Queue gauges not refreshed: {Reason}")]
    private partial void LogUnreadable(string reason);
}
