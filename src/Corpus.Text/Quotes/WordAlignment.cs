namespace Corpus.Text.Quotes;

/// <summary>Longest common subsequence of two word lists: the alignment of one wording against another.</summary>
public static class WordAlignment
{
    public static int CommonLength(IReadOnlyList<string> a, IReadOnlyList<string> b) => Table(a, b)[0, 0];

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
