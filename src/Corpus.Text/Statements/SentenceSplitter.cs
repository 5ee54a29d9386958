using System.Buffers;

namespace Corpus.Text.Statements;

/// <summary>
/// Splits a paragraph into sentences without breaking inside a quotation, so a quotation of several sentences and
/// its attribution stay together. Abbreviated titles and initials do not end a sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "del", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr",
        "rev", "prof", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "aug", "sept", "sep", "oct",
        "nov", "dec", "mt", "ft", "pres", "gens", "messrs",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<(int Start, int End)> Split(string text, int from, int to, List<QuoteSpan> quotes)
    {
        var sentences = new List<(int, int)>();
        var start = from;
        var quote = 0;
        for (var i = NextGapAfterEnding(text, from, to); i < to; i = NextGapAfterEnding(text, i + 1, to))
        {
            while (quote < quotes.Count && quotes[quote].Close <= i)
            {
                quote++;
            }
            if (quote < quotes.Count && quotes[quote].Open < i && i < quotes[quote].Close)
            {
                i = quotes[quote].Close - 1;
                continue;
            }
            if (!EndsSentence(text, from, i) || !StartsSentence(text, i + 1, to))
            {
                continue;
            }
            sentences.Add((start, i));
            start = text[i] == ' ' ? i + 1 : i;
        }
        if (start < to)
        {
            sentences.Add((start, to));
        }
        return sentences;
    }

    /// <summary>The characters a sentence's end can stand before a gap with: its stop, or a closing mark or bracket after it.</summary>
    private static readonly SearchValues<char> EndingMarks = SearchValues.Create(".?!\"”'’)");

    /// <summary>
    /// Only a gap can end a sentence: a space, or a quotation opening right where another closed (<c>…born.”“Your
    /// facts…</c>: the space lost on the way to the page). Of those, only one right after a stop or a closing mark can
    /// (see <see cref="EndsSentence"/>), so the scan jumps from such a mark to the next rather than from word to word.
    /// Skipping the other gaps changes nothing: they end no sentence, and a gap inside a quotation is passed over anyway.
    /// </summary>
    private static int NextGapAfterEnding(string text, int from, int to)
    {
        for (var at = Math.Max(from - 1, 0); at < to - 1; at++)
        {
            var next = text.AsSpan(at, to - 1 - at).IndexOfAny(EndingMarks);
            if (next < 0)
            {
                return to;
            }
            at += next;
            var gap = at + 1;
            if (gap >= from && (text[gap] == ' ' || (text[gap] == '“' && text[at] == '”')))
            {
                return gap;
            }
        }
        return to;
    }

    private static bool EndsSentence(string text, int from, int space)
    {
        var j = space - 1;
        var afterQuote = false;
        while (j > from && text[j] is '"' or '”' or '\'' or '’' or ')')
        {
            afterQuote |= text[j] != ')';
            j--;
        }
        if (afterQuote && text[j] is '?' or '!')
        {
            return false;
        }
        if (j <= from || text[j] is not ('.' or '?' or '!'))
        {
            return false;
        }
        if (text[j] != '.')
        {
            return true;
        }
        var wordStart = j;
        while (wordStart > from && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('"' or '“' or '('))
        {
            wordStart--;
        }
        var word = text.AsSpan(wordStart, j - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }
        // "U.S." is an abbreviation; "$27.16" and "2.5" are numbers that can end a sentence.
        return !AbbreviationLookup.Contains(word) && !(word.Contains('.') && word.Length <= 6 && word.IndexOfAnyInRange('0', '9') < 0);
    }

    private static bool StartsSentence(string text, int at, int to)
    {
        if (at >= to)
        {
            return false;
        }
        var c = text[at];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '”' or '\'' or '‘' or '(';
    }
}
