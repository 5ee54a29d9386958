namespace Corpus.Text.Fingerprints;

/// <summary>
/// Locality-sensitive banding: a signature cut into bands of <c>rows</c> values; two sets become candidates when
/// any band is equal, which happens with probability 1 - (1 - s^rows)^bands for Jaccard similarity s.
/// </summary>
public static class LshBands
{
    /// <summary>One 64-bit key per band; <paramref name="family"/> keeps keys of different banding schemes apart.</summary>
    public static long[] Keys(ReadOnlySpan<uint> signature, int bands, int rows, ulong family)
    {
        if (signature.Length < bands * rows)
        {
            throw new ArgumentException($"A signature of {signature.Length} values cannot make {bands} bands of {rows} rows.", nameof(signature));
        }
        var keys = new long[bands];
        for (var b = 0; b < bands; b++)
        {
            var h = Hash64.Mix(family + (ulong)b);
            foreach (var value in signature.Slice(b * rows, rows))
            {
                h = Hash64.Mix(h ^ value);
            }
            keys[b] = (long)h;
        }
        return keys;
    }
}
