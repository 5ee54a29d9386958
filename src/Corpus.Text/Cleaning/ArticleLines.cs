using Corpus.Text.Cleaning.Metadata;
using Corpus.Text.Normalization;

namespace Corpus.Text.Cleaning;

/// <summary>Final filter shared by both paths: furniture lines, bylines, the repeated title and repeated lines go.</summary>
internal static class ArticleLines
{
    public static List<string> Filter(IEnumerable<string> lines, string? title)
    {
        var titleKey = title is null ? null : TextNormalizer.ForComparison(title);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var line in lines)
        {
            var key = TextNormalizer.ForComparison(line);
            if (key.Length == 0 || key == titleKey || BoilerplateRules.IsBoilerplate(line) || Bylines.IsByline(line) || (IsSentenceLike(key) && !seen.Add(key)))
            {
                continue;
            }
            kept.Add(line);
        }
        return kept;
    }

    /// <summary>Only lines of some length count as repeats: short cells such as numbers in a table recur legitimately.</summary>
    private static bool IsSentenceLike(string key) => key.AsSpan().Count(' ') >= 3;
}
