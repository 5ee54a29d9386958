namespace Corpus.TestSupport;

/// <summary>
/// Finds <c>../shared</c> beside the checkout (evaluation sets and gold). Tests that need it skip with a
/// clear message when it is absent; nothing from it is ever copied into the repository.
/// </summary>
public static class SharedData
{
    public static string? Root { get; } = Locate();

    public const string MissingMessage = "../shared is not beside the checkout; this test reads evaluation data from there.";

    public static string? PathTo(params string[] parts)
    {
        if (Root is null)
        {
            return null;
        }
        var path = Path.Combine([Root, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    /// <summary>The repository's root (the folder holding Corpus.sln).</summary>
    public static string RepositoryRoot { get; } = LocateRepository();

    private static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CORPUS_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }
        var candidate = Path.Combine(LocateRepository(), "..", "shared");
        return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
    }

    private static string LocateRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corpus.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Corpus.sln not found above " + AppContext.BaseDirectory);
    }
}
