using Corpus.Grains.Intake;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corpus.Grains.Hosting;

/// <summary>
/// Wakes the intake when the silo starts and every few seconds after, wherever it lives: articles a crash left
/// unfinished are taken in without a new upload, and when the silo that held the intake stops, the next wake-up
/// activates it on a silo that is still there. A wake-up with nothing to do costs one indexed read.
/// </summary>
internal sealed partial class IntakeKeeper(IGrainFactory grains, ILogger<IntakeKeeper> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await grains.GetGrain<IIntakeGrain>(IIntakeGrain.Key).ArticlesArrivedAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogNotWoken(ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The intake could not be woken ({Reason}); trying again")]
    private partial void LogNotWoken(string reason);
}
