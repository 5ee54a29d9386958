namespace Corpus.Storage.Search;

/// <summary>A word's hits in rowid order, each with how often it holds the word: FTS5's list of its occurrences, one rowid each.</summary>
internal sealed class Occurrences
{
    private Occurrences(long[] rowids, int[] times)
    {
        Rowids = rowids;
        Times = times;
    }

    public long[] Rowids { get; }

    public int[] Times { get; }

    public int Count => Rowids.Length;

    /// <param name="listed">Rowids separated by commas (<c>group_concat</c>), a rowid once for each occurrence; null for none.</param>
    public static Occurrences Parse(string? listed)
    {
        var all = Numbers(listed).ToArray();
        // The index lists them in order; group_concat does not promise to keep it.
        for (var i = 1; i < all.Length; i++)
        {
            if (all[i] < all[i - 1])
            {
                Array.Sort(all);
                break;
            }
        }
        var rowids = new List<long>();
        var times = new List<int>();
        foreach (var rowid in all)
        {
            if (rowids.Count > 0 && rowids[^1] == rowid)
            {
                times[^1]++;
            }
            else
            {
                rowids.Add(rowid);
                times.Add(1);
            }
        }
        return new Occurrences([.. rowids], [.. times]);
    }

    /// <summary>Where the hit is in <see cref="Rowids"/>; negative when the statement is not a hit.</summary>
    public int IndexOf(long rowid) => Array.BinarySearch(Rowids, rowid);

    public static IEnumerable<long> Numbers(string? listed)
    {
        if (string.IsNullOrEmpty(listed))
        {
            yield break;
        }
        long number = 0;
        foreach (var c in listed)
        {
            if (c == ',')
            {
                yield return number;
                number = 0;
            }
            else
            {
                number = (number * 10) + (c - '0');
            }
        }
        yield return number;
    }
}
