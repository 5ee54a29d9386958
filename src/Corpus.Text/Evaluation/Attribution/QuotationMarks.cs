using System.Text.RegularExpressions;

namespace Corpus.Text.Evaluation.Attribution;

/// <summary>
/// Which tokens of a gold content lie inside quotation marks. A mark closes when it ends the content, is
/// followed by white space, or sits between non-space characters with no word character after it; every other
/// mark opens. Glyphs do not matter because the sources mistype them.
/// </summary>
public static partial class QuotationMarks
{
    public static (int Inside, int All) CountInside(string content)
    {
        var marks = Mark().Matches(content);
        var inside = 0;
        var all = 0;
        var pieceStart = 0;
        bool? previousOpens = null;
        foreach (Match mark in marks)
        {
            var closes = Closes(content, mark.Index, mark.Length);
            var tokens = AttributionTokens.Of(content[pieceStart..mark.Index]).Count;
            all += tokens;
            if (previousOpens == true || closes)
            {
                inside += tokens;
            }
            previousOpens = !closes;
            pieceStart = mark.Index + mark.Length;
        }
        var tail = AttributionTokens.Of(content[pieceStart..]).Count;
        all += tail;
        if (previousOpens == true)
        {
            inside += tail;
        }
        return (inside, all);
    }

    public static bool IsDirect(string content)
    {
        var (inside, all) = CountInside(content);
        return all > 0 && 2 * inside >= all;
    }

    public static bool HasMark(string content) => Mark().IsMatch(content);

    private static bool Closes(string content, int index, int length)
    {
        var after = index + length;
        if (after >= content.Length || char.IsWhiteSpace(content[after]))
        {
            return true;
        }
        var nonSpaceBefore = index > 0 && !char.IsWhiteSpace(content[index - 1]);
        return nonSpaceBefore && !IsWordChar(content[after]);
    }

    private static bool IsWordChar(char c) => WordChar().IsMatch(c.ToString());

    [GeneratedRegex(@"''|[""“”]")]
    private static partial Regex Mark();

    [GeneratedRegex(@"^\w$")]
    private static partial Regex WordChar();
}
