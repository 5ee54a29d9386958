using System.Text.RegularExpressions;

namespace Corpus.Text.Evaluation.Attribution;

/// <summary>The token a correct speaker name must contain for a gold source, or none for pronouns and descriptions.</summary>
public static partial class SourceNameKey
{
    private static readonly HashSet<string> Stop = new(
        """
        mr mrs ms miss mx dr prof professor sen sens senator senators rep reps representative gov governor lt gen general
        col maj capt sgt adm cmdr rev pres president presidents vp vice secretary sec attorney chairman chairwoman chair
        speaker leader judge justice mayor former deputy acting ambassador commissioner chief director spokesman spokeswoman
        spokesperson candidate nominee jr sr ii iii iv esq the a an this that these those his her their its our my your some
        many most more several few both all each every another other others one no such nearly about almost just only he she
        they it we i you who whom whose which him them us me someone somebody everyone everybody anyone anybody nobody none
        at in on for with from by of to as and or but according after when while if
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private static readonly HashSet<string> Cut = new(
        "of from at for in with on to by who whom whose which that".Split(' '),
        StringComparer.Ordinal);

    public static string? Of(string source)
    {
        var text = Parenthesised().Replace(source, string.Empty);
        var cut = text.IndexOfAny([',', ';', ':', '—', '–']);
        if (cut >= 0)
        {
            text = text[..cut];
        }
        var firstLetter = text.FirstOrDefault(char.IsLetter);
        if (firstLetter == default || char.IsLower(firstLetter))
        {
            return null;
        }
        string? key = null;
        foreach (Match m in Word().Matches(text))
        {
            var token = m.Value;
            var lower = token.ToLowerInvariant();
            if (token.Length >= 2 && char.IsUpper(token[0]) && !Stop.Contains(lower))
            {
                key = lower;
            }
            else if (key is not null && token == lower && Cut.Contains(lower))
            {
                break;
            }
        }
        return key;
    }

    [GeneratedRegex(@"\([^)]*(\)|$)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
