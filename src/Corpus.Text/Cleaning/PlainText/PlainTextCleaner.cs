using Corpus.Text.Articles;
using Corpus.Text.Cleaning.Metadata;
using Corpus.Text.Cleaning.PlainText;
using Corpus.Text.Normalization;

namespace Corpus.Text.Cleaning;

/// <summary>
/// Cleans plain text as users paste it or as whole-page text comes: link artefacts repaired, lines classified,
/// the article's span found, furniture inside it dropped, title, authors and date read from the lines around it.
/// </summary>
public static class PlainTextCleaner
{
    public static CleanArticle Clean(ArticleDraft draft)
    {
        var lines = (draft.Text ?? string.Empty)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n')
            .Select(l => LinkArtefacts.Repair(TextNormalizer.CollapseSpaces(l)))
            .Where(l => l.Length > 0)
            .ToList();
        var kinds = LineClassifier.Classify(lines);
        var bioAuthors = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (AuthorBios.AuthorOf(lines[i]) is { } author)
            {
                bioAuthors.Add(author);
                kinds[i] = LineKind.Furniture;
            }
        }
        MarkPhotoCredits(lines, kinds);
        var (start, end) = ArticleSpan.Find(Weights(lines, kinds));

        var title = string.IsNullOrWhiteSpace(draft.Title) ? PlainTextTitle.Find(lines, kinds, start) : draft.Title.Trim();
        var header = Enumerable.Range(0, lines.Count)
            .Where(i => i < start || (i <= end && i < FirstProse(kinds, start, end)))
            .Where(i => kinds[i] == LineKind.Byline)
            .Select(i => lines[i])
            .ToList();
        var authors = header.Select(Bylines.Authors).FirstOrDefault(a => a.Count > 0) ?? bioAuthors.Distinct().ToList();
        var published = draft.Published ?? header.Select(DateParsing.FindInText).FirstOrDefault(d => d is not null);

        var body = Enumerable.Range(start, end - start + 1)
            .Where(i => kinds[i] is LineKind.Prose or LineKind.Short)
            .Select(i => lines[i]);
        var source = draft.Source ?? OutletFinder.Find(lines);
        return new CleanArticle(title, authors, published, source, string.Join(CleanArticle.ParagraphSeparator, ArticleLines.Filter(body, title)));
    }

    /// <summary>
    /// Line weights; once a comment or teaser-list header follows a good deal of prose, the prose
    /// after it (comments, teasers) weighs a quarter, so it cannot outweigh the article above it.
    /// </summary>
    private static List<double> Weights(List<string> lines, LineKind[] kinds)
    {
        var weights = new List<double>(lines.Count);
        var proseWords = 0;
        var afterArticle = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var weight = LineClassifier.Weight(lines[i], kinds[i]);
            if (kinds[i] == LineKind.Prose)
            {
                proseWords += LineClassifier.WordCount(lines[i]);
            }
            afterArticle |= kinds[i] is LineKind.Comments or LineKind.Teasers && proseWords >= ProseBeforeEnd;
            weights.Add(afterArticle && weight > 0 ? weight / 4 : weight);
        }
        return weights;
    }

    private const int ProseBeforeEnd = 80;

    private static int FirstProse(LineKind[] kinds, int start, int end)
    {
        for (var i = start; i <= end; i++)
        {
            if (kinds[i] == LineKind.Prose)
            {
                return i;
            }
        }
        return end + 1;
    }

    /// <summary>"Name / Agency" credits are split over lines around a lone "/": the short lines beside it are credits too.</summary>
    private static void MarkPhotoCredits(List<string> lines, LineKind[] kinds)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] != "/")
            {
                continue;
            }
            foreach (var j in new[] { i - 1, i + 1 })
            {
                if (j >= 0 && j < lines.Count && kinds[j] == LineKind.Short && LineClassifier.WordCount(lines[j]) <= 6)
                {
                    kinds[j] = LineKind.Furniture;
                }
            }
        }
    }
}
