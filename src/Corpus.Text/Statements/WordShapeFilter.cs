namespace Corpus.Text.Statements;

/// <summary>
/// A quick test before a case-insensitive set lookup: whether any word of the set has a word's length and first and
/// last letters (ASCII, either case). Most words of a sentence fail it and skip hashing; a word it cannot judge (a
/// non-ASCII-letter end, a long word) passes, so the set still decides every word that passes.
/// </summary>
internal sealed class WordShapeFilter
{
    private const int MaxLength = 31;
    private const int Letters = 26;

    private readonly ulong[] _bits = new ulong[((MaxLength + 1) * Letters * Letters / 64) + 1];

    public WordShapeFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (Shape(word) is { } shape)
            {
                _bits[shape >> 6] |= 1UL << (shape & 63);
            }
        }
    }

    /// <summary>False only when no word of the set can equal <paramref name="word"/> ignoring case.</summary>
    public bool MayContain(ReadOnlySpan<char> word) => Shape(word) is not { } shape || (_bits[shape >> 6] & (1UL << (shape & 63))) != 0;

    private static int? Shape(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxLength || !char.IsAsciiLetter(word[0]) || !char.IsAsciiLetter(word[^1]))
        {
            return null;
        }
        return (((word.Length * Letters) + ((word[0] | 0x20) - 'a')) * Letters) + ((word[^1] | 0x20) - 'a');
    }
}
