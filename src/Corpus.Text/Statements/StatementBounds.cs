namespace Corpus.Text.Statements;

/// <summary>
/// Keeps a statement's span to the words said: it ends before a link or markup (a tweet's <c>https://t.co/…</c>,
/// <c>pic.twitter.com/…</c>, an embed's <c>&lt;a href=</c>), and a quotation mark typed twice counts once.
/// </summary>
internal static class StatementBounds
{
    private static readonly string[] LinkStarts = ["http://", "https://", "www.", "pic.twitter.com", "<a ", "<tweet", "</"];

    public static int EndBeforeLink(string body, int start, int end)
    {
        var length = end - start;
        if (length <= 0 || (body.AsSpan(start, length).IndexOfAny('/', '<') < 0 && body.AsSpan(start, length).IndexOf("www.", StringComparison.Ordinal) < 0))
        {
            return end;
        }
        foreach (var link in LinkStarts)
        {
            var at = body.IndexOf(link, start, end - start, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                end = at;
            }
        }
        return end;
    }

    /// <summary>Drops the outer one of two quotation marks typed side by side at either end (<c>““We …</c>, <c>…."</c>+<c>"</c>).</summary>
    public static (int Start, int End) WithoutDoubledMarks(string body, int start, int end)
    {
        while (end - start >= 2 && IsMark(body[start]) && IsMark(body[start + 1]))
        {
            start++;
        }
        while (end - start >= 2 && IsMark(body[end - 1]) && IsMark(body[end - 2]))
        {
            end--;
        }
        return (start, end);
    }

    private static bool IsMark(char c) => c is '"' or '“' or '”';
}
