namespace Corpus.Text.Fingerprints;

/// <summary>
/// MinHash signatures: for each of <see cref="Count"/> hash functions, the least hash of the set. Two sets agree
/// on one value with probability equal to their Jaccard similarity.
/// </summary>
public sealed class MinHash
{
    private readonly ulong[] _salts;
    private readonly ulong[] _multipliers;

    public MinHash(int count, ulong seed = 0x5EED_D0D0_C0DE_0001UL)
    {
        _salts = new ulong[count];
        _multipliers = new ulong[count];
        var state = seed;
        for (var i = 0; i < count; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            _salts[i] = Hash64.Mix(state);
            state += 0x9E3779B97F4A7C15UL;
            _multipliers[i] = Hash64.Mix(state) | 1UL;
        }
    }

    public int Count => _salts.Length;

    /// <summary>
    /// The signature of a set of already well-mixed shingle hashes. Because the inputs are uniform, one
    /// xor-multiply-xorshift per function is enough to make the functions behave as independent permutations.
    /// </summary>
    public ulong[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var mins = new ulong[_salts.Length];
        Array.Fill(mins, ulong.MaxValue);
        var salts = _salts;
        var multipliers = _multipliers;
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < mins.Length; i++)
            {
                var x = (shingle ^ salts[i]) * multipliers[i];
                x ^= x >> 29;
                if (x < mins[i])
                {
                    mins[i] = x;
                }
            }
        }
        return mins;
    }
}
