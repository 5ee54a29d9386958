namespace Corpus.Text.Fingerprints;

/// <summary>Exact set similarities of sorted, distinct shingle sets.</summary>
public static class Resemblance
{
    /// <summary>Elements the two sorted lists share; with repeats, each is counted as often as both lists hold it.</summary>
    public static int Intersection<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : IComparable<T>
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = a[i].CompareTo(b[j]);
            if (order == 0)
            {
                common++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return common;
    }

    /// <summary>|A ∩ B| / |A ∪ B|.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }
        var common = Intersection(a, b);
        return (double)common / (a.Length + b.Length - common);
    }

    /// <summary>|A ∩ B| / min(|A|, |B|): near 1 when the smaller text is (almost) all inside the larger, as a truncated copy is.</summary>
    public static double Containment(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        var smaller = Math.Min(a.Length, b.Length);
        return smaller == 0 ? 0 : (double)Intersection(a, b) / smaller;
    }
}
