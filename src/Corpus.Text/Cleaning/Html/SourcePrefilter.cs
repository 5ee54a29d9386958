using System.Buffers;

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

    /// <summary>Where a skipped block may open: one vectorised search for all four, instead of a look at every '&lt;'.</summary>
    private static readonly SearchValues<string> Openings =
        SearchValues.Create(Skipped.Select(s => s.Open).ToArray(), StringComparison.OrdinalIgnoreCase);

    public static string Strip(string html)
    {
        List<Range>? kept = null;
        var keptLength = 0;
        var copied = 0;
        for (var at = 0; at < html.Length;)
        {
            var found = html.AsSpan(at).IndexOfAny(Openings);
            if (found < 0)
            {
                break;
            }
            var start = at + found;
            var end = BlockEnd(html, start);
            if (end < 0)
            {
                at = start + 1;
                continue;
            }
            (kept ??= []).Add(copied..start);
            keptLength += start - copied;
            copied = at = end;
        }
        if (kept is null)
        {
            return html;
        }
        kept.Add(copied..html.Length);
        keptLength += html.Length - copied;
        // One copy into the final string: a StringBuilder would allocate (and zero) another page-sized buffer first.
        return string.Create(keptLength, (html, kept), static (target, state) =>
        {
            foreach (var range in state.kept)
            {
                var part = state.html.AsSpan(range);
                part.CopyTo(target);
                target = target[part.Length..];
            }
        });
    }

    /// <summary>The index just past the block (script, style, svg, comment) opening at <paramref name="start"/>; -1 if none opens there or it never closes.</summary>
    private static int BlockEnd(string html, int start)
    {
        foreach (var (open, close) in Skipped)
        {
            if (!StartsTag(html, start, open))
            {
                continue;
            }
            var end = html.IndexOf(close, start + open.Length, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                return -1;
            }
            var after = html.IndexOf('>', end + close.Length - 1);
            return after < 0 ? -1 : after + 1;
        }
        return -1;
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
