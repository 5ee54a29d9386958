using System.Diagnostics;
using Corpus.TestSupport;

namespace Corpus.Gateway.Tests.WebUi;

/// <summary>Debian's <c>chromium</c> run headless with a throwaway profile: the page's DOM after its scripts ran, or a screenshot.</summary>
internal static class HeadlessChromium
{
    public static string? Executable { get; } = Find();

    public const string MissingMessage = "chromium is not installed (apt-get install -y chromium; scripts/test.sh installs it).";

    public static Task<string> DumpDomAsync(Uri page) => RunAsync(page, "--dump-dom");

    public static Task<string> ScreenshotAsync(Uri page, string path) => RunAsync(page, $"--screenshot={path}", "--window-size=1400,900");

    private static async Task<string> RunAsync(Uri page, params string[] extra)
    {
        var profile = Directory.CreateTempSubdirectory("corpus-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException(MissingMessage));
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", $"--user-data-dir={profile.FullName}", "--virtual-time-budget=15000",
            }.Concat(extra).Append(page.ToString()))
            {
                start.ArgumentList.Add(argument);
            }
            return (await FinishedProcess.RunAsync(start, TimeSpan.FromMinutes(2))).Stdout;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator)
            .SelectMany(dir => new[] { "chromium", "chromium-browser", "google-chrome" }.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }
}
