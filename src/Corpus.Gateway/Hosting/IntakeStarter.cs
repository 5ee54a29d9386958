using Corpus.Grains.Intake;

namespace Corpus.Gateway.Hosting;

/// <summary>Wakes the intake when a silo starts, so that articles a crash left unfinished are taken in without a new upload.</summary>
internal sealed partial class IntakeStarter(IGrainFactory grains, ILogger<IntakeStarter> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await grains.GetGrain<IIntakeGrain>(IIntakeGrain.Key).ArticlesArrivedAsync();
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogNotYet(ex.Message, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt)), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The intake could not be woken yet ({Reason}); attempt {Attempt}")]
    private partial void LogNotYet(string reason, int attempt);
}
