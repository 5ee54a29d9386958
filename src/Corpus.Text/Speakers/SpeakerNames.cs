using System.Globalization;
using System.Text;

namespace Corpus.Text.Speakers;

public static class SpeakerNames
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>Lower-case, accents removed, punctuation dropped, single spaces.</summary>
    public static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is not '\'' and not '’' and not '.')
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }

    public static string FamilyKey(string name, SpeakerKind kind)
    {
        var folded = Fold(name);
        if (kind == SpeakerKind.Organization)
        {
            return "org:" + folded;
        }
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            if (!Suffixes.Contains(tokens[i]))
            {
                return "person:" + tokens[i];
            }
        }
        return "person:" + folded;
    }
}
