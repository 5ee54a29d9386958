using System.Text.RegularExpressions;

namespace Corpus.Text.Cleaning.PlainText;

/// <summary>The outlet a page names in its copyright line ("© 2024 Harbour Daily", "Copyright 2021 NPR.").</summary>
internal static partial class OutletFinder
{
    public static string? Find(IEnumerable<string> lines) =>
        lines.Select(l => Copyright().Match(l)).Where(m => m.Success).Select(m => m.Groups["name"].Value.Trim()).FirstOrDefault();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?(?<name>\p{Lu}[\p{L}\p{N}&.'’ -]{1,50}?)(?:\s*[.,]\s.*|\.|\s+all rights.*|\s+\|.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();
}
