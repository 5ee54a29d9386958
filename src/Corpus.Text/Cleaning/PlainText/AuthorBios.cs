using System.Text.RegularExpressions;

namespace Corpus.Text.Cleaning.PlainText;

/// <summary>Author bios at the foot of an article: "Jane Doe is a writer and editor on the News Desk...".</summary>
internal static partial class AuthorBios
{
    public static string? AuthorOf(string line)
    {
        var match = Bio().Match(line);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’.\-]+(?: \p{Lu}[\p{L}'’.\-]+){1,3}) (?:is|was|has been|covers)\b.{0,100}\b(?:writer|reporter|editor|correspondent|journalist|columnist|contributor|producer|author|host|anchor|analyst|critic)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Bio();
}
