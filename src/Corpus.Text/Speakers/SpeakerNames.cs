using System.Globalization;
using System.Text;

namespace Corpus.Text.Speakers;

public static class SpeakerNames
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>Prefixes that make an adjective of a name they are hyphenated to: "Anti-Trump delegates", "pro-Kremlin media".</summary>
    private static readonly HashSet<string> AdjectivePrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "anti", "pro", "non", "never", "neo", "pseudo", "counter", "post", "pre", "mid", "semi", "quasi", "ultra", "self",
    };

    /// <summary>"Anti-Trump", "Pro-Russian", "Never-Trump": a name made an adjective, never a speaker's name.</summary>
    public static bool IsPrefixedAdjective(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen < word.Length - 1 && AdjectivePrefixes.Contains(word[..hyphen]);
    }

    /// <summary>Lower-case, accents removed, punctuation dropped, single spaces.</summary>
    public static string Fold(string name)
    {
        if (Ascii.IsValid(name))
        {
            return FoldAscii(name);
        }
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

    /// <summary>
    /// <see cref="Fold"/> of a name in ASCII, which decomposition leaves as it is and which holds no marks: the same
    /// string without normalising it or growing a builder (names are folded again and again as mentions are resolved).
    /// </summary>
    private static string FoldAscii(string name)
    {
        var folded = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    folded[length++] = ' ';
                }
                pendingSpace = false;
                folded[length++] = char.ToLowerInvariant(c);
            }
            else if (c is not '\'' and not '.')
            {
                pendingSpace = true;
            }
        }
        return length == name.Length && name.AsSpan().SequenceEqual(folded) ? name : new string(folded[..length]);
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
