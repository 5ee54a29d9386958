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
