using System.Text;

namespace Corpus.Text.Cleaning.Html;

/// <summary>
/// Cuts scripts, styles, inline SVG and comments out of the page source before parsing: they are more than half
/// of a typical news page's bytes and never article text, and a vectorised search skips them far faster than the
/// HTML tokenizer can.
/// </summary>
internal static class SourcePrefilter
{
    private static readonly (string Open, string Close)[] Skipped =
    [
        ("<script", "</script"),
        ("<style", "</style"),
        ("<svg", "</svg"),
        ("<!--", "-->"),
    ];

    public static string Strip(string html)
    {
        StringBuilder? kept = null;
        var copied = 0;
        for (var at = html.IndexOf('<'); at >= 0 && at < html.Length - 1; at = html.IndexOf('<', at + 1))
        {
            foreach (var (open, close) in Skipped)
            {
                if (!StartsTag(html, at, open))
                {
                    continue;
                }
                var end = html.IndexOf(close, at + open.Length, StringComparison.OrdinalIgnoreCase);
                if (end < 0)
                {
                    break;
                }
                var after = html.IndexOf('>', end + close.Length - 1);
                if (after < 0)
                {
                    break;
                }
                kept ??= new StringBuilder(html.Length / 2);
                kept.Append(html, copied, at - copied);
                copied = after + 1;
                at = after;
                break;
            }
        }
        if (kept is null)
        {
            return html;
        }
        kept.Append(html, copied, html.Length - copied);
        return kept.ToString();
    }

    private static bool StartsTag(string html, int at, string open)
    {
        if (!html.AsSpan(at).StartsWith(open, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (open == "<!--")
        {
            return true;
        }
        var next = at + open.Length;
        return next < html.Length && (html[next] == '>' || char.IsWhiteSpace(html[next]) || html[next] == '/');
    }
}
