using System.Text;

namespace Corpus.Text.Quotes;

/// <summary>Decides whether two statements report the same words, allowing truncation, splicing and small edits.</summary>
public static class QuoteWording
{
    private const double MinimumContainment = 0.75;
    private const int MinimumWords = 3;

    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
        return words;
    }

    /// <summary>True when most words of the shorter wording occur in the longer one.</summary>
    public static bool SameQuote(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        var shorter = wa.Count <= wb.Count ? wa : wb;
        var longer = ReferenceEquals(shorter, wa) ? wb : wa;
        if (shorter.Count < MinimumWords)
        {
            return false;
        }
        var counts = longer.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var shared = 0;
        foreach (var word in shorter)
        {
            if (counts.TryGetValue(word, out var n) && n > 0)
            {
                counts[word] = n - 1;
                shared++;
            }
        }
        return shared >= MinimumContainment * shorter.Count;
    }

    /// <summary>The wording to show as canonical: the one with more words.</summary>
    public static string Fuller(string a, string b) => Words(b).Count > Words(a).Count ? b : a;
}
