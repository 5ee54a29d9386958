using System.Diagnostics;

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
            var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException(MissingMessage))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", $"--user-data-dir={profile.FullName}", "--virtual-time-budget=15000",
            }.Concat(extra).Append(page.ToString()))
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish with {page}: {await errors}");
            }
            return await output;
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
