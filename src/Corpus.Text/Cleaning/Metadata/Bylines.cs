using System.Text.RegularExpressions;

namespace Corpus.Text.Cleaning.Metadata;

/// <summary>Byline lines such as "By Jane Doe - December 10, 2019" or "By Jane Doe and John Roe, Outlet".</summary>
internal static partial class Bylines
{
    public static bool IsByline(string line) => line.Length <= 160 && Byline().IsMatch(line);

    /// <summary>The people a byline names (an outlet after a comma is not an author).</summary>
    public static List<string> Authors(string line)
    {
        var match = Byline().Match(line);
        if (!match.Success)
        {
            return [];
        }
        var names = match.Groups["names"].Value;
        names = names.Split(',')[0];
        return SplitNames(names);
    }

    /// <summary>Splits "A, B and C" into names, keeping only those that look like a person's name.</summary>
    public static List<string> SplitNames(string names) =>
        NameSeparator().Split(names)
            .Select(n => n.Trim().Trim('.', ',', '|', '-', '–', '—').Trim())
            .Where(LooksLikeName)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static bool LooksLikeName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && !name.Contains("http", StringComparison.OrdinalIgnoreCase) && !name.Contains('@')
            && words.All(w => char.IsUpper(w[0]) || w is "de" or "van" or "von" or "der" or "da" or "bin" or "al" or "la" or "le");
    }

    [GeneratedRegex(@"^(?i:(?:(?:written|posted|published|story|words|reporting|text)\s+)?by)[:\s]+(?<names>\p{Lu}[^\n]{1,100}?)(?:\s+[-–—|•]\s+.*|\s*\|.*|,?\s+(?i:on|updated|published|posted)\s.*|,?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\s*,\s*|\s+and\s+|\s*&\s*")]
    private static partial Regex NameSeparator();
}
