using System.Diagnostics;
using Corpus.TestSupport;

namespace Corpus.Cli.Tests;

/// <summary>Runs the built <c>corpus.dll</c> (copied beside the tests) as its own process, its streams piped as a script would pipe them.</summary>
public static class CliProcess
{
    private static readonly string[] InheritedSettings = ["CORPUS_SERVER", "CORPUS_API_KEY", "NO_COLOR"];

    public static Task<FinishedProcess> RunAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "corpus.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var name in InheritedSettings)
        {
            start.Environment.Remove(name);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        return FinishedProcess.RunAsync(start, TimeSpan.FromMinutes(5));
    }
}
