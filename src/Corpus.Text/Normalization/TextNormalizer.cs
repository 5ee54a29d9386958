using System.Text;

namespace Corpus.Text.Normalization;

public static class TextNormalizer
{
    /// <summary>
    /// The form two texts are compared in: NFKC, case folded, curly quotes made straight, dashes made '-',
    /// the ellipsis made '...', white space collapsed.
    /// </summary>
    public static string ForComparison(string text)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC).Replace("\u2026", "...", StringComparison.Ordinal);
        var sb = new StringBuilder(nfkc.Length);
        var space = false;
        foreach (var raw in nfkc)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => raw,
            };
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Collapses runs of spaces and tabs inside a line and trims it.</summary>
    public static string CollapseSpaces(string line)
    {
        var sb = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (c is ' ' or '\t' or '\u00A0' or '\u200B')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
