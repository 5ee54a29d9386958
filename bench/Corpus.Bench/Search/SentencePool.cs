using System.Text.RegularExpressions;

namespace Corpus.Bench.Search;

/// <summary>Sentences of real news text (PolNeAR train, read from <c>../shared</c> at run time, never copied) to build statements from.</summary>
public static partial class SentencePool
{
    public static List<string> Load(string textFolder) =>
        [.. Directory.EnumerateFiles(textFolder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(file => SentenceEnd().Split(File.ReadAllText(file)))
            .Select(s => s.Trim())
            .Where(s => s.Length is >= 40 and <= 400)];

    public static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex Word();
}
