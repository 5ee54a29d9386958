using System.Globalization;
using System.Text;

namespace Corpus.Storage.Search;

/// <summary>
/// The words of name and article searches: runs of letters and digits (Unicode categories L and N, one UTF-16 unit at a
/// time, as the regular expression <c>[\p{L}\p{N}]+</c> finds them), lower-cased. Queries and the article word index
/// take them from here, so both stores match the same words whatever their own tokenizers would make of the text.
/// </summary>
public static class Words
{
    /// <summary>PostgreSQL keeps at most 1 MB of words in one <c>tsvector</c>; an article's distinct words stop here.</summary>
    private const int MaxIndexedChars = 200_000;

    private const int StackWordChars = 128;

    public static IEnumerable<string> Of(string text)
    {
        for (var start = NextWord(text, 0, out var end); start >= 0; start = NextWord(text, end, out end))
        {
            yield return text[start..end].ToLowerInvariant();
        }
    }

    /// <summary>
    /// What the article word index holds of an article: each distinct word of its title and clean text once, in order
    /// of first use. Articles are found by word prefix only, never by phrase or rank, so nothing else is needed. A word
    /// is lower-cased in place and made a string only the first time it is seen: the intake builds this for every article.
    /// </summary>
    public static string OfArticle(string? title, string cleanText)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new StringBuilder();
        Span<char> stack = stackalloc char[StackWordChars];
        foreach (var text in (ReadOnlySpan<string>)[title ?? string.Empty, cleanText])
        {
            for (var start = NextWord(text, 0, out var end); start >= 0; start = NextWord(text, end, out end))
            {
                var length = end - start;
                if (words.Length + length >= MaxIndexedChars)
                {
                    return words.ToString().TrimEnd();
                }
                var word = length <= StackWordChars ? stack[..length] : new char[length];
                text.AsSpan(start, length).ToLowerInvariant(word);
                if (seen.Add(word))
                {
                    words.Append(word).Append(' ');
                }
            }
        }
        return words.ToString().TrimEnd();
    }

    /// <summary>Where the next word at or after <paramref name="from"/> starts (-1: none), and where it ends.</summary>
    private static int NextWord(string text, int from, out int end)
    {
        var start = from;
        while (start < text.Length && !IsWordChar(text[start]))
        {
            start++;
        }
        end = start;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }
        return start < text.Length ? start : -1;
    }

    private static bool IsWordChar(char c) =>
        char.IsAscii(c)
            ? char.IsAsciiLetterOrDigit(c)
            : CharUnicodeInfo.GetUnicodeCategory(c) is <= UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
