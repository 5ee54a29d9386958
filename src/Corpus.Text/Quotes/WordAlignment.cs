namespace Corpus.Text.Quotes;

/// <summary>How one wording aligns with another: the words they have in common, in order.</summary>
public static class WordAlignment
{
    /// <inheritdoc cref="AlignedInRuns{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>
    public static int AlignedInRuns(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        return AlignedInRuns<int>(IdsOf(a, ids), IdsOf(b, ids));
    }

    /// <summary>
    /// The most words the two wordings have in common, in order, counting only runs of at least two words that follow
    /// each other in both: single words matched here and there are what any two sentences share ("is … that … all"),
    /// not a passage one quotes from the other. Computed over word ids, one column at a time (a longest common
    /// subsequence made of blocks of two or more).
    /// </summary>
    public static int AlignedInRuns<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : IEquatable<T>
    {
        if (a.Length > b.Length)
        {
            return AlignedInRuns(b, a);
        }
        var n = a.Length;
        // For the current word of b and the two before it, in rows that take turns: the best alignment of a's first i
        // words (best), the best whose last run ends with a's word i on this word of b (ending), and the length of the
        // common run ending there (run). Row slot 0 stays 0 throughout.
        var rows = 7 * (n + 1);
        Span<int> buffer = rows <= 1024 ? stackalloc int[rows] : new int[rows];
        buffer.Clear();
        var column = 0;
        foreach (var word in b)
        {
            var best = Row(buffer, n, column % 3);
            var best1 = Row(buffer, n, (column + 2) % 3);
            var best2 = Row(buffer, n, (column + 1) % 3);
            var ending = Row(buffer, n, 3 + (column % 2));
            var ending1 = Row(buffer, n, 3 + ((column + 1) % 2));
            var run = Row(buffer, n, 5 + (column % 2));
            var run1 = Row(buffer, n, 5 + ((column + 1) % 2));
            for (var i = 1; i <= n; i++)
            {
                run[i] = a[i - 1].Equals(word) ? run1[i - 1] + 1 : 0;
                ending[i] = run[i] < 2 ? 0 : Math.Max(best2[i - 2] + 2, run[i] > 2 ? ending1[i - 1] + 1 : 0);
                best[i] = Math.Max(Math.Max(best[i - 1], best1[i]), ending[i]);
            }
            column++;
        }
        return column == 0 ? 0 : Row(buffer, n, (column - 1) % 3)[n];
    }

    private static Span<int> Row(Span<int> buffer, int n, int slot) => buffer.Slice(slot * (n + 1), n + 1);

    /// <summary>Each word's id in <paramref name="ids"/>, adding the words it does not know yet.</summary>
    private static int[] IdsOf(IReadOnlyList<string> words, Dictionary<string, int> ids)
    {
        var result = new int[words.Count];
        for (var i = 0; i < result.Length; i++)
        {
            if (!ids.TryGetValue(words[i], out var id))
            {
                ids[words[i]] = id = ids.Count;
            }
            result[i] = id;
        }
        return result;
    }

    /// <summary>Pairs (index in a, index in b) of the aligned words, in order.</summary>
    public static IReadOnlyList<(int A, int B)> Pairs(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var table = Table(a, b);
        var pairs = new List<(int, int)>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a[i] == b[j])
            {
                pairs.Add((i++, j++));
            }
            else if (table[i + 1, j] >= table[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return pairs;
    }

    private static int[,] Table(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }
        return table;
    }
}
