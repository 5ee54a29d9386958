using Corpus.Text.Articles;

namespace Corpus.Text.Boilerplate;

/// <summary>
/// A body with some paragraphs taken out, and the way back from offsets in the old body to the new one, so that
/// statements found before the removal keep pointing at their words.
/// </summary>
public sealed class ParagraphRemoval
{
    private readonly List<(int OldStart, int Length, int? NewStart)> _paragraphs;

    private ParagraphRemoval(string body, List<(int OldStart, int Length, int? NewStart)> paragraphs)
    {
        Body = body;
        _paragraphs = paragraphs;
    }

    public string Body { get; }

    public bool RemovedAny => _paragraphs.Any(p => p.NewStart is null);

    /// <summary>Removes every paragraph for which <paramref name="remove"/> holds.</summary>
    public static ParagraphRemoval Of(string body, Func<string, bool> remove)
    {
        var paragraphs = new List<(int OldStart, int Length, int? NewStart)>();
        var kept = new List<string>();
        var newLength = 0;
        var position = 0;
        foreach (var paragraph in body.Split(CleanArticle.ParagraphSeparator))
        {
            if (paragraph.Length > 0)
            {
                int? newStart = null;
                if (!remove(paragraph))
                {
                    newStart = kept.Count == 0 ? 0 : newLength + CleanArticle.ParagraphSeparator.Length;
                    newLength = newStart.Value + paragraph.Length;
                    kept.Add(paragraph);
                }
                paragraphs.Add((position, paragraph.Length, newStart));
            }
            position += paragraph.Length + CleanArticle.ParagraphSeparator.Length;
        }
        return new ParagraphRemoval(string.Join(CleanArticle.ParagraphSeparator, kept), paragraphs);
    }

    /// <summary>
    /// Where the span [start, end) of the old body lies in the new one; null when the span touches a removed
    /// paragraph, or runs across one.
    /// </summary>
    public (int Start, int End)? Map(int start, int end)
    {
        var first = IndexOf(start);
        var last = IndexOf(end);
        if (first < 0 || last < first)
        {
            return null;
        }
        for (var i = first; i <= last; i++)
        {
            if (_paragraphs[i].NewStart is null)
            {
                return null;
            }
        }
        return (Shift(first, start), Shift(last, end));
    }

    private int Shift(int index, int offset) => _paragraphs[index].NewStart!.Value + (offset - _paragraphs[index].OldStart);

    /// <summary>The paragraph holding an offset, its end included; -1 when the offset lies between paragraphs.</summary>
    private int IndexOf(int offset) =>
        _paragraphs.FindIndex(p => p.OldStart <= offset && offset <= p.OldStart + p.Length);
}
