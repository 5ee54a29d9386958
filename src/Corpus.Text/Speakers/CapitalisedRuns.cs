using System.Text.RegularExpressions;

namespace Corpus.Text.Speakers;

/// <summary>
/// Runs of capitalised words in a body (names with their titles, "Secretary of State John Kerry"), as <see cref="Pattern"/>
/// matches them, found by a hand-written scan: the regex is run over every article's whole body, and the scan jumps from
/// capital to capital. Outside ASCII, which characters count as word characters is asked of the regex engine itself, once
/// per character.
/// </summary>
internal static partial class CapitalisedRuns
{
    /// <summary>Per character outside ASCII: 0 not yet asked, else 1 + (<see cref="RunChar"/> | <see cref="BoundaryChar"/>).</summary>
    private static readonly byte[] NonAscii = new byte[char.MaxValue + 1];

    private const int RunChar = 1;
    private const int BoundaryChar = 2;

    public static List<(int Index, int Length)> Find(string body)
    {
        var found = new List<(int, int)>();
        var at = 0;
        while (at < body.Length)
        {
            var next = body.AsSpan(at).IndexOfAnyInRange('A', 'Z');
            if (next < 0)
            {
                break;
            }
            var start = at + next;
            if (start > 0 && IsBoundaryChar(body[start - 1]))
            {
                at = start + 1;
                continue;
            }
            var end = WordEnd(body, start + 1);
            var words = 1;
            while (end < body.Length && body[end] == ' ')
            {
                var word = end + 1;
                if (string.CompareOrdinal(body, word, "of ", 0, 3) == 0 && word + 3 < body.Length && char.IsAsciiLetterUpper(body[word + 3]))
                {
                    word += 3;
                }
                else if (word >= body.Length || !char.IsAsciiLetterUpper(body[word]))
                {
                    break;
                }
                end = WordEnd(body, word + 1);
                words++;
            }
            if (words > 1)
            {
                found.Add((start, end - start));
                at = end;
            }
            else
            {
                at = start + 1;
            }
        }
        return found;
    }

    /// <summary>Where a word's characters after its capital (<c>[\w'’.-]*</c>) end.</summary>
    private static int WordEnd(string body, int from)
    {
        var end = from;
        while (end < body.Length && IsRunChar(body[end]))
        {
            end++;
        }
        return end;
    }

    private static bool IsRunChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c is '_' or '\'' or '.' or '-' : (Classes(c) & RunChar) != 0;

    /// <summary>A character that counts as a word's for <c>\b</c>.</summary>
    private static bool IsBoundaryChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : (Classes(c) & BoundaryChar) != 0;

    private static int Classes(char c)
    {
        var known = NonAscii[c];
        if (known == 0)
        {
            // Two threads may both work it out; they write the same answer.
            var text = c.ToString();
            known = (byte)(1 + (RunCharPattern().IsMatch(text) ? RunChar : 0) + (BoundaryCharPattern().IsMatch(text + "A") ? BoundaryChar : 0));
            NonAscii[c] = known;
        }
        return known - 1;
    }

    /// <summary>What the scan finds, as a regex.</summary>
    [GeneratedRegex(@"\b[A-Z][\w'’.-]*(?: (?:of )?[A-Z][\w'’.-]*)+")]
    internal static partial Regex Pattern();

    [GeneratedRegex(@"\A[\w'’.-]\z")]
    private static partial Regex RunCharPattern();

    /// <summary>Matches a character and "A" when no word boundary lies between them: the character is a word's.</summary>
    [GeneratedRegex(@"\A(?s:.)\B")]
    private static partial Regex BoundaryCharPattern();
}
