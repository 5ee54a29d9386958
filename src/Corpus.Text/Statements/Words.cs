using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Corpus.Text.Statements;

/// <summary>White-space separated words of a stretch of the body, with helpers that look at a word without its punctuation.</summary>
public static class Words
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "del", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "rev", "prof", "jr", "sr", "st", "sec", "pres",
    };

    public static List<(int Start, int End)> In(string text, int from, int to) => Fill(text, from, to, []);

    /// <summary>
    /// Like <see cref="In"/>, into a list that is cleared first, so a caller can reuse one list. Every rule splits the
    /// sentences it reads, so ASCII text is read eight characters at a time: the white space among them is one mask, and
    /// the loop runs once per word edge instead of once per character with a hard-to-predict branch at each edge.
    /// </summary>
    public static List<(int Start, int End)> Fill(string text, int from, int to, List<(int Start, int End)> words)
    {
        words.Clear();
        var start = -1;
        var i = from;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            for (; i + Vector128<ushort>.Count <= to; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref chars, (nuint)i);
                if (Vector128.GreaterThanAny(block, Vector128.Create((ushort)0x7F)))
                {
                    // Non-ASCII white space (no-break and typographic spaces) is left to char.IsWhiteSpace.
                    FillScalar(text, i, i + Vector128<ushort>.Count, words, ref start);
                    continue;
                }
                // ASCII white space as char.IsWhiteSpace has it: the space, and tab to carriage return.
                var space = Vector128.Equals(block, Vector128.Create((ushort)' '))
                    | Vector128.LessThan(block - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t' + 1)));
                var inWord = ~space.ExtractMostSignificantBits() & 0xFF;
                var edges = (inWord ^ ((inWord << 1) | (start >= 0 ? 1u : 0u))) & 0xFF;
                while (edges != 0)
                {
                    var at = i + BitOperations.TrailingZeroCount(edges);
                    edges &= edges - 1;
                    if (start < 0)
                    {
                        start = at;
                    }
                    else
                    {
                        words.Add((start, at));
                        start = -1;
                    }
                }
            }
        }
        FillScalar(text, i, to, words, ref start);
        if (start >= 0)
        {
            words.Add((start, to));
        }
        return words;
    }

    /// <summary>Adds the words ending in <paramref name="from"/>..<paramref name="to"/>; <paramref name="start"/> is where an unfinished word began, or -1.</summary>
    private static void FillScalar(string text, int from, int to, List<(int Start, int End)> words, ref int start)
    {
        for (var i = from; i < to; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (!space && start < 0)
            {
                start = i;
            }
            else if (space && start >= 0)
            {
                words.Add((start, i));
                start = -1;
            }
        }
    }

    /// <summary>
    /// The next word from <paramref name="at"/> before <paramref name="to"/>, as <see cref="Fill"/> would list it, moving
    /// <paramref name="at"/> past it: for a caller that only looks at each word once and needs no list.
    /// </summary>
    public static bool Next(string text, ref int at, int to, out (int Start, int End) word)
    {
        while (at < to && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        var start = at;
        while (at < to && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        word = (start, at);
        return at > start;
    }

    /// <summary>
    /// The words of <paramref name="from"/>..<paramref name="to"/> cut from the words of a stretch that holds it, the same as
    /// <see cref="In"/> gives for that part (a word crossing a bound is cut at it), without scanning the text again.
    /// </summary>
    public static List<(int Start, int End)> Clip(string text, List<(int Start, int End)> whole, int from, int to, List<(int Start, int End)> into)
    {
        into.Clear();
        if (whole.Count == 0 || (from < whole[0].Start && HasWordBefore(text, whole[0].Start, from)) || (to > whole[^1].End && HasWordAfter(text, whole[^1].End, to)))
        {
            return Fill(text, from, to, into);
        }
        foreach (var (start, end) in whole)
        {
            if (start >= to)
            {
                break;
            }
            if (end > from)
            {
                into.Add((Math.Max(start, from), Math.Min(end, to)));
            }
        }
        return into;
    }

    private static bool HasWordBefore(string text, int wordStart, int from) => !text.AsSpan(from, wordStart - from).IsWhiteSpace();

    private static bool HasWordAfter(string text, int wordEnd, int to) => !text.AsSpan(wordEnd, to - wordEnd).IsWhiteSpace();

    public static string Bare(string text, (int Start, int End) word) => BareSpan(text, word).ToString();

    /// <summary>The word without leading and trailing punctuation, without allocating.</summary>
    public static ReadOnlySpan<char> BareSpan(string text, (int Start, int End) word)
    {
        var s = word.Start;
        var e = word.End;
        while (s < e && !char.IsLetterOrDigit(text[s]))
        {
            s++;
        }
        while (e > s && !char.IsLetterOrDigit(text[e - 1]))
        {
            e--;
        }
        return text.AsSpan(s, e - s);
    }

    public static char Last(string text, (int Start, int End) word) => text[word.End - 1];

    /// <summary>True when the word's trailing punctuation ends a phrase: a comma, colon, semicolon, dash, or a full stop that is not an abbreviation's.</summary>
    public static bool EndsPhrase(string text, (int Start, int End) word)
    {
        var last = Last(text, word);
        if (last is ',' or ';' or ':' or '—' or '–' or '?' or '!' or '"' or '”' or '“')
        {
            return true;
        }
        if (last != '.')
        {
            return false;
        }
        var bare = Bare(text, word);
        return !(bare.Length == 1 || Abbreviations.Contains(bare) || bare.Contains('.', StringComparison.Ordinal));
    }

    /// <summary>
    /// The number of <c>\w+</c> tokens in a stretch, counted without allocating. ASCII text is read eight characters at a
    /// time: the tokens that start in a block are the word characters not preceded by one, counted in one mask.
    /// </summary>
    public static int Tokens(string text, int from, int to)
    {
        var count = 0;
        var inWord = false;
        var i = from;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            for (; i + Vector128<ushort>.Count <= to; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref chars, (nuint)i);
                if (Vector128.GreaterThanAny(block, Vector128.Create((ushort)0x7F)))
                {
                    count += TokensScalar(text, i, i + Vector128<ushort>.Count, ref inWord);
                    continue;
                }
                // As char.IsLetterOrDigit or '_' for ASCII: a letter of either case, a digit, an underscore.
                var letter = Vector128.LessThan((block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
                var digit = Vector128.LessThan(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
                var underscore = Vector128.Equals(block, Vector128.Create((ushort)'_'));
                var word = (letter | digit | underscore).ExtractMostSignificantBits();
                count += BitOperations.PopCount(word & ~((word << 1) | (inWord ? 1u : 0u)) & 0xFF);
                inWord = (word & 0x80) != 0;
            }
        }
        return count + TokensScalar(text, i, to, ref inWord);
    }

    private static int TokensScalar(string text, int from, int to, ref bool inWord)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            var isWord = char.IsLetterOrDigit(text[i]) || text[i] == '_';
            if (isWord && !inWord)
            {
                count++;
            }
            inWord = isWord;
        }
        return count;
    }
}
