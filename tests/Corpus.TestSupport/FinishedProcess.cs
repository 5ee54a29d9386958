using System.Diagnostics;

namespace Corpus.TestSupport;

/// <summary>What a process that ran to its end printed, both streams captured.</summary>
public sealed record FinishedProcess(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>
    /// Starts <paramref name="start"/> (whose streams it redirects) and waits for its end; one that is still running
    /// after <paramref name="guard"/> is killed, so a hung program cannot hang the suite. The time is never asserted.
    /// </summary>
    public static async Task<FinishedProcess> RunAsync(ProcessStartInfo start, TimeSpan guard)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(guard);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish:\n{await stdout}\n{await stderr}");
        }
        return new FinishedProcess(process.ExitCode, await stdout, await stderr);
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
