using Corpus.Text.Articles;
using Corpus.Text.Normalization;

namespace Corpus.Text.Cleaning;

/// <summary>Cleans plain text as users paste it: one paragraph per line, furniture dropped, the title taken out of the body.</summary>
public static class PlainTextCleaner
{
    public static CleanArticle Clean(ArticleDraft draft)
    {
        var lines = (draft.Text ?? string.Empty)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n')
            .Select(TextNormalizer.CollapseSpaces)
            .Where(l => l.Length > 0)
            .ToList();

        var title = string.IsNullOrWhiteSpace(draft.Title) ? GuessTitle(lines) : draft.Title.Trim();
        var titleKey = title is null ? null : TextNormalizer.ForComparison(title);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var body = new List<string>();
        foreach (var line in lines)
        {
            var key = TextNormalizer.ForComparison(line);
            if (key == titleKey || BoilerplateRules.IsBoilerplate(line) || !seen.Add(key))
            {
                continue;
            }
            body.Add(line);
        }
        return new CleanArticle(title, [], draft.Published, draft.Source, string.Join(CleanArticle.ParagraphSeparator, body));
    }

    private static string? GuessTitle(List<string> lines)
    {
        foreach (var line in lines.Take(8))
        {
            var words = line.Split(' ').Length;
            if (words >= 4 && words <= 30 && !line.EndsWith('.') && !BoilerplateRules.IsBoilerplate(line))
            {
                return line;
            }
        }
        return null;
    }
}
