using Corpus.Text.Normalization;

namespace Corpus.Text.Fingerprints;

/// <summary>Word n-gram shingles of a text, each as a 64-bit hash, over its comparison form (case, quotes, dashes folded).</summary>
public static class WordShingles
{
    public const int Size = 5;

    /// <summary>
    /// The shingle hashes in text order (repeats kept). A text shorter than one shingle gives one shingle
    /// of all its words, so short texts still compare equal to their copies.
    /// </summary>
    public static ulong[] InOrder(string text, int size = Size, int maxWords = int.MaxValue) =>
        InOrderOfNormalized(TextNormalizer.ForComparison(text), size, maxWords);

    /// <summary><see cref="InOrder"/> of a text already in its comparison form (<see cref="TextNormalizer.ForComparison"/>).</summary>
    public static ulong[] InOrderOfNormalized(string normalized, int size = Size, int maxWords = int.MaxValue)
    {
        var words = WordHashes(normalized, maxWords);
        if (words.Count == 0)
        {
            return [];
        }
        var width = Math.Min(size, words.Count);
        var shingles = new ulong[words.Count - width + 1];
        for (var start = 0; start < shingles.Length; start++)
        {
            // Each position rotated differently, so the order of the words counts; one mix for the whole shingle.
            var h = (ulong)width;
            for (var k = 0; k < width; k++)
            {
                h ^= ulong.RotateLeft(words[start + k], 13 * k);
            }
            shingles[start] = Hash64.Mix(h);
        }
        return shingles;
    }

    /// <summary>The distinct shingle hashes, sorted: the set that Jaccard and containment compare.</summary>
    public static ulong[] Set(ReadOnlySpan<ulong> inOrder)
    {
        var set = inOrder.ToArray();
        Array.Sort(set);
        var n = 0;
        for (var i = 0; i < set.Length; i++)
        {
            if (n == 0 || set[i] != set[n - 1])
            {
                set[n++] = set[i];
            }
        }
        return n == set.Length ? set : set[..n];
    }

    /// <summary>Words are runs of letters and digits; an apostrophe inside a word is kept (don't, O'Malley).</summary>
    private static List<ulong> WordHashes(string normalized, int maxWords)
    {
        var words = new List<ulong>(normalized.Length / 5);
        var h = Hash64.Offset;
        var inWord = false;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            var wordChar = char.IsLetterOrDigit(c)
                || (c == '\'' && inWord && i + 1 < normalized.Length && char.IsLetterOrDigit(normalized[i + 1]));
            if (wordChar)
            {
                h = Hash64.Step(h, c);
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(Hash64.Mix(h));
                if (words.Count == maxWords)
                {
                    return words;
                }
                h = Hash64.Offset;
                inWord = false;
            }
        }
        if (inWord)
        {
            words.Add(Hash64.Mix(h));
        }
        return words;
    }

    /// <summary>The number of words in a text, counted as <see cref="InOrder"/> counts them.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c);
            count += wordChar && !inWord ? 1 : 0;
            inWord = wordChar || (inWord && c == '\'');
        }
        return count;
    }

    /// <summary>A 64-bit hash of a text in its comparison form: equal for texts that differ only in case, quotes, dashes or spacing.</summary>
    public static ulong ExactHashOfNormalized(string normalized) => Hash64.Of(normalized);
}
