namespace Corpus.Text.Cleaning.PlainText;

/// <summary>
/// The article's span in page text: the run of lines with the largest total weight (maximum subarray), so
/// prose pulls the span open and runs of menus, headlines and furniture close it.
/// </summary>
internal static class ArticleSpan
{
    public static (int Start, int End) Find(IReadOnlyList<double> weights)
    {
        double best = double.NegativeInfinity, current = 0;
        int bestStart = 0, bestEnd = -1, start = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            if (current <= 0)
            {
                current = 0;
                start = i;
            }
            current += weights[i];
            if (current > best)
            {
                (best, bestStart, bestEnd) = (current, start, i);
            }
        }
        return best > 0 ? (bestStart, bestEnd) : (0, weights.Count - 1);
    }
}
