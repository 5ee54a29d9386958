namespace Corpus.Text.Quotes;

/// <summary>
/// MinHash of a wording's word set, banded for candidate lookup. Bands of one value each: a truncated quote
/// shares few words with its full form (low Jaccard), so recall needs many small bands; the word alignment
/// in <see cref="QuoteWording"/> then confirms or rejects each candidate.
/// </summary>
public static class QuoteSketch
{
    public const int Hashes = 64;

    private static readonly ulong[] Seeds = [.. Enumerable.Range(1, Hashes).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL))];

    /// <summary>One key per band; two wordings are candidates when any key is equal.</summary>
    public static IReadOnlyList<ulong> Bands(string text) => Bands(QuoteWording.Words(text));

    /// <summary><see cref="Bands(string)"/> of a wording already split into <see cref="QuoteWording.Words"/>.</summary>
    public static IReadOnlyList<ulong> Bands(IReadOnlyList<string> wordingWords)
    {
        var words = wordingWords.Distinct(StringComparer.Ordinal).Select(Fnv).ToList();
        if (words.Count == 0)
        {
            return [];
        }
        var bands = new ulong[Hashes];
        for (var h = 0; h < Hashes; h++)
        {
            var min = ulong.MaxValue;
            foreach (var w in words)
            {
                min = Math.Min(min, Mix(w ^ Seeds[h]));
            }
            bands[h] = Mix(min + (ulong)h);
        }
        return bands;
    }

    private static ulong Fnv(string word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
