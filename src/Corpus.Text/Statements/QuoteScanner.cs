using System.Buffers;

namespace Corpus.Text.Statements;

/// <summary>
/// Finds quotations in one paragraph. Straight, curly and doubled-apostrophe marks are one family each; a mark of
/// another family inside a quotation nests. Whether a mark opens or closes comes from its neighbours, not its glyph,
/// because sources mistype them: it closes before white space or the end, or between non-space characters when no
/// word character follows.
/// </summary>
public static class QuoteScanner
{
    private enum Family
    {
        None,
        Straight,
        Curly,
        Apostrophes,
    }

    public static List<QuoteSpan> Scan(string text, int from, int to)
    {
        var spans = new List<QuoteSpan>();
        var outer = Family.None;
        var outerOpen = -1;
        var nested = 0;
        for (var i = NextMark(text, from, to); i < to; i = NextMark(text, i + 1, to))
        {
            var (family, length) = MarkAt(text, i, to);
            if (family == Family.None)
            {
                continue;
            }
            var closes = Closes(text, i, length, to);
            if (outer == Family.None)
            {
                if (!closes)
                {
                    outer = family;
                    outerOpen = i;
                }
            }
            else if (family == outer)
            {
                if (closes)
                {
                    spans.Add(new QuoteSpan(outerOpen, outerOpen + MarkLength(outer), i, i + length, false));
                    outer = Family.None;
                    nested = 0;
                }
            }
            else if (!closes)
            {
                nested++;
            }
            else if (nested > 0)
            {
                nested--;
            }
            else if (!HasMarkOf(text, outer, i + length, to))
            {
                // "But Pete Wilson won,” Axelrod said.: mistyped marks; nothing of the opening family closes it later.
                spans.Add(new QuoteSpan(outerOpen, outerOpen + MarkLength(outer), i, i + length, false));
                outer = Family.None;
            }
            i += length - 1;
        }
        if (outer != Family.None)
        {
            var end = to;
            while (end > outerOpen + 1 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            spans.Add(new QuoteSpan(outerOpen, outerOpen + MarkLength(outer), end, to, true));
        }
        return spans;
    }

    private static readonly SearchValues<char> Marks = SearchValues.Create("\"“”'");

    private static int NextMark(string text, int from, int to)
    {
        var at = text.AsSpan(from, to - from).IndexOfAny(Marks);
        return at < 0 ? to : from + at;
    }

    private static bool HasMarkOf(string text, Family family, int from, int to)
    {
        for (var i = NextMark(text, from, to); i < to; i = NextMark(text, i + 1, to))
        {
            if (MarkAt(text, i, to).Item1 == family)
            {
                return true;
            }
        }
        return false;
    }

    private static int MarkLength(Family family) => family == Family.Apostrophes ? 2 : 1;

    private static (Family, int) MarkAt(string text, int i, int to) => text[i] switch
    {
        '"' => (Family.Straight, 1),
        '“' or '”' => (Family.Curly, 1),
        // In "'old-school,''' said" the first of three apostrophes closes a nested single quotation, the last two the quotation.
        '\'' when i + 1 < to && text[i + 1] == '\'' && !(i + 2 < to && text[i + 2] == '\'') => (Family.Apostrophes, 2),
        _ => (Family.None, 0),
    };

    private static bool Closes(string text, int index, int length, int to)
    {
        var after = index + length;
        if (after >= to || char.IsWhiteSpace(text[after]))
        {
            return true;
        }
        var nonSpaceBefore = index > 0 && !char.IsWhiteSpace(text[index - 1]);
        return nonSpaceBefore && !char.IsLetterOrDigit(text[after]) && text[after] != '_';
    }
}
