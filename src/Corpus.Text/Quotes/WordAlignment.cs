namespace Corpus.Text.Quotes;

/// <summary>Longest common subsequence of two word lists: the alignment of one wording against another.</summary>
public static class WordAlignment
{
    public static int CommonLength(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        return CommonLength(IdsOf(a, ids), IdsOf(b, ids));
    }

    /// <summary>The length only, over word ids, one row at a time: the hot path of quote grouping.</summary>
    public static int CommonLength(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length > b.Length)
        {
            return CommonLength(b, a);
        }
        Span<int> row = a.Length < 256 ? stackalloc int[a.Length + 1] : new int[a.Length + 1];
        row.Clear();
        foreach (var word in b)
        {
            var diagonal = 0;
            for (var i = 1; i <= a.Length; i++)
            {
                var above = row[i];
                row[i] = a[i - 1] == word ? diagonal + 1 : Math.Max(above, row[i - 1]);
                diagonal = above;
            }
        }
        return row[a.Length];
    }

    /// <summary>Each word's id in <paramref name="ids"/>, adding the words it does not know yet.</summary>
    public static int[] IdsOf(IReadOnlyList<string> words, Dictionary<string, int> ids)
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
