using System.Text.RegularExpressions;

namespace Corpus.Storage.Search;

/// <summary>
/// The words of name and article searches: runs of letters and digits, lower-cased. Queries and the article word index
/// take them from here, so both stores match the same words whatever their own tokenizers would make of the text.
/// </summary>
public static partial class Words
{
    /// <summary>PostgreSQL keeps at most 1 MB of words in one <c>tsvector</c>; an article's distinct words stop here.</summary>
    private const int MaxIndexedChars = 200_000;

    public static IEnumerable<string> Of(string text) => Pattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    /// <summary>
    /// What the article word index holds of an article: each distinct word of its title and clean text once, in order
    /// of first use. Articles are found by word prefix only, never by phrase or rank, so nothing else is needed.
    /// </summary>
    public static string OfArticle(string? title, string cleanText)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new System.Text.StringBuilder();
        foreach (var word in Of(title ?? string.Empty).Concat(Of(cleanText)))
        {
            if (words.Length + word.Length >= MaxIndexedChars)
            {
                break;
            }
            if (seen.Add(word))
            {
                words.Append(word).Append(' ');
            }
        }
        return words.ToString().TrimEnd();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Pattern();
}
