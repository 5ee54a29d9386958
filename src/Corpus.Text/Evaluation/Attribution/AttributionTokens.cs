using System.Text.RegularExpressions;

namespace Corpus.Text.Evaluation.Attribution;

/// <summary>Lower-cased <c>\w+</c> tokens compared as bags, as the PolNeAR scoring defines them.</summary>
public static partial class AttributionTokens
{
    public static List<string> Of(string text)
    {
        var tokens = new List<string>();
        foreach (var m in Word().EnumerateMatches(text))
        {
            tokens.Add(text.Substring(m.Index, m.Length).ToLowerInvariant());
        }
        return tokens;
    }

    public static Dictionary<string, int> Bag(IEnumerable<string> tokens)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            bag[t] = bag.GetValueOrDefault(t) + 1;
        }
        return bag;
    }

    public static int Overlap(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var sum = 0;
        foreach (var (token, count) in small)
        {
            if (large.TryGetValue(token, out var other))
            {
                sum += Math.Min(count, other);
            }
        }
        return sum;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
