using System.Text.RegularExpressions;

namespace Corpus.Text.Evaluation.Attribution;

/// <summary>Flaws no statement text may have, whatever the gold says: a link, or a quotation mark doubled.</summary>
public static partial class StatementFlaws
{
    public static bool HasLink(string text) => Link().IsMatch(text);

    public static bool HasDoubledQuoteMark(string text) => DoubledMark().IsMatch(text);

    [GeneratedRegex(@"https?://|www\.\w|pic\.twitter\.com", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"[""“”][""“”]|''[""“”]|[""“”]''")]
    private static partial Regex DoubledMark();
}
