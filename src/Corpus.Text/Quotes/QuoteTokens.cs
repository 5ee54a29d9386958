using System.Text.RegularExpressions;
using Corpus.Text.Normalization;

namespace Corpus.Text.Quotes;

/// <summary>One word of a quote as written, with the key it is compared by.</summary>
/// <param name="Editorial">Inside square brackets: words the outlet put in, not the speaker's.</param>
/// <param name="Splice">An ellipsis: words the outlet left out here.</param>
public sealed record QuoteToken(string Text, string Key, bool Editorial, bool Splice);

/// <summary>
/// Splits a quote into words compared after normalisation: case, curly quotes, contractions ("it's" = "it is"),
/// a plural "s", the common abbreviations ("U.S." = "United States") and "cannot" = "can not".
/// </summary>
public static partial class QuoteTokens
{
    /// <summary>Abbreviations, and words written together that are also written apart.</summary>
    private static readonly Dictionary<string, string[]> Expansions = new(StringComparer.Ordinal)
    {
        ["cannot"] = ["can", "not"],
        ["u.s."] = ["united", "states"],
        ["u.s"] = ["united", "states"],
        ["u.k."] = ["united", "kingdom"],
        ["u.n."] = ["united", "nations"],
    };

    private static readonly Dictionary<string, string> Contractions = new(StringComparer.Ordinal)
    {
        ["n't"] = "not",
        ["'re"] = "are",
        ["'ve"] = "have",
        ["'ll"] = "will",
        ["'m"] = "am",
        ["'d"] = "would",
        ["'s"] = "is",
    };

    /// <summary>The words as written, each with its comparison key; a word may stand for several keys ("it's").</summary>
    public static IReadOnlyList<QuoteToken> Split(string text)
    {
        var tokens = new List<QuoteToken>();
        foreach (Match m in Token().Matches(text))
        {
            if (m.Groups["splice"].Success)
            {
                tokens.Add(new QuoteToken(m.Value, "…", Editorial: false, Splice: true));
                continue;
            }
            var editorial = m.Groups["bracket"].Success;
            var key = string.Join(' ', Keys(editorial ? m.Groups["bracket"].Value : m.Value));
            if (key.Length > 0)
            {
                tokens.Add(new QuoteToken(m.Value, key, editorial, Splice: false));
            }
        }
        return tokens;
    }

    /// <summary>The comparison keys of the speaker's own words (bracketed insertions and ellipses left out).</summary>
    public static IReadOnlyList<string> Keys(IEnumerable<QuoteToken> tokens) =>
        [.. tokens.Where(t => !t.Editorial && !t.Splice).SelectMany(t => t.Key.Split(' '))];

    private static IEnumerable<string> Keys(string written)
    {
        if (IsPlainWord(written))
        {
            // Most words are plain letters and digits, whose key needs no normalising (which costs a call into ICU).
            var lower = written.ToLowerInvariant();
            foreach (var key in Expansions.TryGetValue(lower, out var parts) ? parts : [Stem(lower)])
            {
                yield return key;
            }
            yield break;
        }
        foreach (Match word in Word().Matches(TextNormalizer.ForComparison(written)))
        {
            var w = word.Value.Trim('\'', '.', '-');
            if (Expansions.TryGetValue(word.Value.TrimStart('\''), out var expanded))
            {
                foreach (var e in expanded)
                {
                    yield return e;
                }
                continue;
            }
            var apostrophe = w.IndexOf('\'', StringComparison.Ordinal);
            if (apostrophe > 0)
            {
                var tail = w.EndsWith("n't", StringComparison.Ordinal) ? "n't" : w[apostrophe..];
                if (Contractions.TryGetValue(tail, out var full))
                {
                    var stem = w[..^tail.Length];
                    yield return stem switch { "wo" => "will", "ca" => "can", "sha" => "shall", _ => stem };
                    yield return full;
                    continue;
                }
            }
            w = w.Replace(".", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
            if (w.Length > 0)
            {
                yield return Stem(w);
            }
        }
    }

    private static bool IsPlainWord(string written)
    {
        foreach (var c in written)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }
        return written.Length > 0;
    }

    private static string Stem(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u' && word[^2] != 'i' ? word[..^1] : word;

    [GeneratedRegex(@"(?<splice>…|\.\.\.)|\[(?<bracket>[^\]]*)\]|[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?!\.))*")]
    private static partial Regex Token();

    [GeneratedRegex(@"[\p{L}\p{N}'](?:[\p{L}\p{N}'-]|\.(?!\.))*")]
    private static partial Regex Word();
}
