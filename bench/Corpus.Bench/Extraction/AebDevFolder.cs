namespace Corpus.Bench.Extraction;

/// <summary>Finds ../shared/data/aeb-dev above the running benchmark (BenchmarkDotNet runs from a generated folder).</summary>
internal static class AebDevFolder
{
    public static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CORPUS_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.Combine(fromEnvironment, "data", "aeb-dev");
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "aeb-dev");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("aeb-dev not found: set CORPUS_SHARED to the shared folder.");
    }
}
