namespace Corpus.Text.Fingerprints;

/// <summary>FNV-1a over UTF-16 code units, finished with the SplitMix64 mixer so every output bit depends on every input bit.</summary>
internal static class Hash64
{
    public const ulong Offset = 0xCBF29CE484222325UL;

    public static ulong Step(ulong h, char c) => (h ^ c) * 0x100000001B3UL;

    /// <summary>The hash of a whole text.</summary>
    public static ulong Of(string text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = Step(h, c);
        }
        return Mix(h);
    }

    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
