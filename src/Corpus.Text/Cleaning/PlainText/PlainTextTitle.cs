using Corpus.Text.Cleaning.Metadata;
using Corpus.Text.Normalization;

namespace Corpus.Text.Cleaning.PlainText;

/// <summary>The headline of page text: a line printed twice, the page title's headline part, or the last headline above the article.</summary>
internal static class PlainTextTitle
{
    public static string? Find(List<string> lines, LineKind[] kinds, int articleStart)
    {
        var above = Enumerable.Range(0, articleStart).Where(i => IsHeadlineLike(lines[i], kinds[i])).ToList();
        foreach (var i in above)
        {
            if (i + 1 < lines.Count && Same(lines[i], lines[i + 1]))
            {
                return lines[i];
            }
        }
        if (lines.Count > 0)
        {
            var pageTitle = TitleChooser.Choose(null, lines[0]);
            var echoed = above.Where(i => i > 0).FirstOrDefault(i => pageTitle is not null && Same(lines[i], pageTitle), -1);
            if (echoed >= 0)
            {
                return lines[echoed];
            }
        }
        var nearest = above.Where(i => i >= articleStart - 8).Select(i => (int?)i).LastOrDefault();
        if (nearest is { } index)
        {
            return lines[index];
        }
        return above.Count > 0 && above[0] == 0 ? TitleChooser.Choose(null, lines[0]) : null;
    }

    private static bool IsHeadlineLike(string line, LineKind kind) =>
        kind is LineKind.Short or LineKind.Repeated && LineClassifier.WordCount(line) is >= 4 and <= 30 && !line.TrimEnd().EndsWith('.');

    private static bool Same(string a, string b) => TextNormalizer.ForComparison(a) == TextNormalizer.ForComparison(b);
}
