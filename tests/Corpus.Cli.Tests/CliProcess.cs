using System.Diagnostics;

namespace Corpus.Cli.Tests;

/// <summary>What one run of the <c>corpus</c> command printed, its streams piped as a script would pipe them.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs the built <c>corpus.dll</c> (copied beside the tests) as its own process with stdout and stderr redirected.</summary>
public static class CliProcess
{
    private static readonly string[] InheritedSettings = ["CORPUS_SERVER", "CORPUS_API_KEY", "NO_COLOR"];

    public static async Task<CliResult> RunAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "corpus.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var name in InheritedSettings)
        {
            info.Environment.Remove(name);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A hung command must not hang the suite; how long it took is never asserted.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"corpus {string.Join(' ', args)} did not finish:\n{await stdout}\n{await stderr}");
        }
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
