using System.Text.RegularExpressions;

namespace Corpus.Text.Cleaning.PlainText;

/// <summary>
/// Repairs name links whose hover cards leaked into copied text: "Mike PompeoMichael (Mike) Richard PompeoRepublicans
/// consider ... MORE on Tuesday" is a surname glued to the full name, the person's latest headlines and "MORE".
/// </summary>
internal static partial class LinkArtefacts
{
    public static string Repair(string line) =>
        line.Contains("MORE", StringComparison.Ordinal) ? HoverCard().Replace(line, "${name}") : line;

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'’\-]+)\p{Lu}[^\n]{0,80}?\k<name>(?=\p{Lu})[^\n]{0,600}?\sMORE(?=\W|$)", RegexOptions.CultureInvariant)]
    private static partial Regex HoverCard();
}
