namespace Corpus.Text.Fingerprints;

/// <summary>
/// Locality-sensitive banding: a signature cut into bands of <c>rows</c> values; two sets become candidates when
/// any band is equal, which happens with probability 1 - (1 - s^rows)^bands for Jaccard similarity s.
/// </summary>
public static class LshBands
{
    /// <summary>
    /// One key per band, a 32-bit value widened to a long (<see cref="Narrow"/>); <paramref name="family"/> keeps keys of
    /// different banding schemes apart.
    /// </summary>
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
            keys[b] = Narrow((long)h);
        }
        return keys;
    }

    /// <summary>
    /// The low 32 bits of a band's hash, sign-extended: the bucket index keeps about forty keys an article, and SQLite
    /// stores such a key in 4 bytes instead of 8. Two unrelated bands share a key about once in four billion; a chance
    /// candidate that brings is ruled out by its copy sketch before any text is compared.
    /// </summary>
    public static long Narrow(long hash) => (int)hash;
}
