namespace Corpus.Gateway.Tests.WebUi;

/// <summary>
/// The screenshots in <c>docs/screenshots/</c>, taken by the browser tests from the pages they check, so that they
/// show what the page does today. Taken only when <c>CORPUS_SCREENSHOTS=1</c>: a screenshot costs a second chromium run.
/// </summary>
internal static class DocsScreenshots
{
    public static bool Wanted => Environment.GetEnvironmentVariable("CORPUS_SCREENSHOTS") == "1";

    public static async Task TakeAsync(Uri page, string name)
    {
        if (!Wanted)
        {
            return;
        }
        var folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        File.Delete(path);
        await HeadlessChromium.ScreenshotAsync(page, path);
        Assert.True(File.Exists(path), $"chromium wrote no screenshot of {page}");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Corpus.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The tests do not run inside the repository: no Corpus.sln above " + AppContext.BaseDirectory);
    }
}
