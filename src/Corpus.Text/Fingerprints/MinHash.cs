using System.Numerics;

namespace Corpus.Text.Fingerprints;

/// <summary>
/// MinHash signatures: for each of <see cref="Count"/> hash functions, the least hash of the set. Two sets agree
/// on one value with probability equal to their Jaccard similarity. Values are 32-bit, so the functions run
/// <see cref="Vector{T}.Count"/> at a time.
/// </summary>
public sealed class MinHash
{
    private readonly Vector<uint>[] _salts;
    private readonly Vector<uint>[] _multipliers;

    public MinHash(int count, ulong seed = 0x5EED_D0D0_C0DE_0001UL)
    {
        Count = count;
        var padded = (count + Vector<uint>.Count - 1) / Vector<uint>.Count * Vector<uint>.Count;
        var salts = new uint[padded];
        var multipliers = new uint[padded];
        var state = seed;
        for (var i = 0; i < padded; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var random = Hash64.Mix(state);
            salts[i] = (uint)random;
            multipliers[i] = (uint)(random >> 32) | 1U;
        }
        _salts = [.. Enumerable.Range(0, padded / Vector<uint>.Count).Select(v => new Vector<uint>(salts, v * Vector<uint>.Count))];
        _multipliers = [.. Enumerable.Range(0, padded / Vector<uint>.Count).Select(v => new Vector<uint>(multipliers, v * Vector<uint>.Count))];
    }

    public int Count { get; }

    /// <summary>
    /// The signature of a set of already well-mixed shingle hashes. Because the inputs are uniform, one
    /// xor-multiply-xorshift per function is enough to make the functions behave as independent permutations.
    /// </summary>
    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var width = Vector<uint>.Count;
        var salts = _salts;
        var multipliers = _multipliers;
        var mins = new Vector<uint>[salts.Length];
        Array.Fill(mins, new Vector<uint>(uint.MaxValue));
        foreach (var shingle in shingles)
        {
            var x = new Vector<uint>((uint)(shingle ^ (shingle >> 32)));
            for (var v = 0; v < mins.Length; v++)
            {
                var h = (x ^ salts[v]) * multipliers[v];
                h ^= h >>> 15;
                mins[v] = Vector.Min(mins[v], h);
            }
        }
        var signature = new uint[Count];
        for (var i = 0; i < Count; i++)
        {
            signature[i] = mins[i / width][i % width];
        }
        return signature;
    }
}
