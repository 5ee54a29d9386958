using Corpus.Text.Normalization;

namespace Corpus.Text.Cleaning.Metadata;

/// <summary>The article's headline: never the site name, and without the " | Site" suffix that page titles carry.</summary>
internal static class TitleChooser
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · "];

    public static string? Choose(string? siteName, params string?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrWhiteSpace(candidate))
            {
                continue;
            }
            var title = StripSiteName(TextNormalizer.CollapseSpaces(candidate.Replace('\n', ' ')), siteName);
            if (title.Length > 0 && !SameText(title, siteName))
            {
                return title;
            }
        }
        return null;
    }

    private static string StripSiteName(string title, string? siteName)
    {
        foreach (var separator in Separators)
        {
            var parts = title.Split(separator);
            if (parts.Length < 2)
            {
                continue;
            }
            var kept = parts.Where(p => !SameText(p, siteName)).ToList();
            if (kept.Count < parts.Length)
            {
                return string.Join(separator, kept).Trim();
            }
            var last = parts[^1].Trim();
            var rest = string.Join(separator, parts[..^1]).Trim();
            if (last.Split(' ').Length <= 3 && rest.Split(' ').Length >= 4)
            {
                return rest;
            }
        }
        return title.Trim();
    }

    private static bool SameText(string a, string? b) =>
        b is not null && TextNormalizer.ForComparison(a.Trim()) == TextNormalizer.ForComparison(b.Trim());
}
