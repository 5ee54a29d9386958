using System.Buffers.Binary;

namespace Corpus.Text.Fingerprints;

/// <summary>
/// A text's shingle count and four bits of each of <see cref="Values"/> MinHash values, in 132 bytes: stored with an
/// article, it rules out most candidates that share a bucket by chance (a shared opening paragraph, a quote) without
/// their text being read and shingled again. Two values agree when the sets share their least shingle (probability
/// the Jaccard similarity J) or, otherwise, when four hash bits happen to agree (1/16); the agreements are binomial.
/// </summary>
public static class CopySketch
{
    public const int Values = 256;
    private const int CountBytes = 4;
    private const double ChanceAgreement = 1.0 / 16;

    /// <summary>
    /// Standard deviations of the agreement count a pair may fall below its expectation and still be compared:
    /// a copy is ruled out by chance less than once in a million pairs.
    /// </summary>
    private const double Margin = 5;

    public static int Length => CountBytes + Values / 2;

    public static byte[] Of(ReadOnlySpan<uint> signature, int shingles)
    {
        if (signature.Length < Values)
        {
            throw new ArgumentException($"A sketch needs {Values} MinHash values, not {signature.Length}.", nameof(signature));
        }
        var sketch = new byte[Length];
        BinaryPrimitives.WriteInt32LittleEndian(sketch, shingles);
        for (var i = 0; i < Values; i += 2)
        {
            sketch[CountBytes + i / 2] = (byte)(Nibble(signature[i]) | Nibble(signature[i + 1]) << 4);
        }
        return sketch;
    }

    public static bool IsSketch(ReadOnlySpan<byte> sketch) => sketch.Length == Length;

    public static int ShinglesOf(ReadOnlySpan<byte> sketch) => BinaryPrimitives.ReadInt32LittleEndian(sketch);

    /// <summary>Whether two texts may be as similar as <paramref name="jaccard"/>, judged by their sketches alone.</summary>
    public static bool MayReach(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, double jaccard)
    {
        var p = jaccard + (1 - jaccard) * ChanceAgreement;
        var least = Values * p - Margin * Math.Sqrt(Values * p * (1 - p)) - 1;
        return Agreements(a, b) >= least;
    }

    private static int Agreements(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var agreements = 0;
        for (var i = CountBytes; i < Length; i++)
        {
            var differing = a[i] ^ b[i];
            agreements += ((differing & 0x0F) == 0 ? 1 : 0) + ((differing & 0xF0) == 0 ? 1 : 0);
        }
        return agreements;
    }

    private static int Nibble(uint value) => (int)(Hash64.Mix(value) & 0x0F);
}
