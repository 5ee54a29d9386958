using System.Text.RegularExpressions;

namespace Corpus.Text.Cleaning;

/// <summary>Lines that are page furniture wherever they appear: ads, sign-up prompts, player widgets, credits.</summary>
internal static partial class BoilerplateRules
{
    public static bool IsBoilerplate(string line) => Furniture().IsMatch(line);

    [GeneratedRegex(
        @"^(advertisement|search|share|sections list|read more|related content|related|next up:?|play live radio|available on air stations|filed under:?.*|\d{1,2}:\d{2}(\s+\d{1,2}:\d{2})*|/|click here:.*|sign up.*|by submitting this form.*|have a tip we should know\??|follow .{1,60} on (twitter|facebook|instagram)\.?|\[featured image.*\]|copyright .*|©.*|.*all rights reserved\.?|watch the clip .*|published with permission of .*|—?.{1,80} contributed to this report.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
