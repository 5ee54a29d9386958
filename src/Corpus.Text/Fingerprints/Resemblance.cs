namespace Corpus.Text.Fingerprints;

/// <summary>Exact set similarities of sorted, distinct shingle sets.</summary>
public static class Resemblance
{
    public static int Intersection(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
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
