using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Statements;
using Corpus.Text.Articles;
using Corpus.Text.Boilerplate;

namespace Corpus.Grains.Articles;

/// <summary>
/// The paragraphs of one article that its outlet prints under many articles: those already known are taken out of
/// the clean text as it is stored; <see cref="Fingerprints"/> and <see cref="Kept"/> go to the source grain, which
/// counts them and later tells the article to forget any it kept that turn out to be furniture too. Statements are
/// always found on the whole clean text and then moved, so the result is the same whichever of the two paths
/// removed a paragraph.
/// </summary>
public sealed record OutletFurniture(ParagraphRemoval Removal, IReadOnlyList<long> Fingerprints, IReadOnlyList<long> Kept)
{
    public static OutletFurniture Of(CleanArticle article, IReadOnlySet<long> known)
    {
        var fingerprints = RecurringParagraphs.Contributions(article);
        return new OutletFurniture(
            RecurringParagraphs.Remove(article.Body, known),
            fingerprints,
            [.. fingerprints.Where(f => !known.Contains(f))]);
    }

    /// <summary>
    /// Takes furniture out of processed articles, moving their statements with their words; a statement inside such a
    /// paragraph goes with it. All statements move in one pass, so their rows are locked in one order.
    /// </summary>
    public static async Task ForgetAsync(StoreTransaction tx, IReadOnlyList<(string ArticleId, IReadOnlySet<long> Fingerprints)> forgets, CancellationToken ct)
    {
        if (forgets.Count == 0)
        {
            return;
        }
        var bodies = await ArticleRows.LoadCleanTextsAsync(tx, [.. forgets.Select(f => f.ArticleId)], ct);
        var removals = forgets
            .Where(f => bodies.ContainsKey(f.ArticleId))
            .Select(f => (f.ArticleId, Removal: RecurringParagraphs.Remove(bodies[f.ArticleId], f.Fingerprints)))
            .Where(r => r.Removal.RemovedAny)
            .ToList();
        var spans = await StatementRows.LoadSpansAsync(tx, [.. removals.Select(r => r.ArticleId)], ct);
        var moved = new List<StatementSpan>();
        var deleted = new List<string>();
        foreach (var (articleId, removal) in removals)
        {
            foreach (var span in spans[articleId])
            {
                if (removal.Map((int)span.Start, (int)span.End) is not { } to)
                {
                    deleted.Add(span.Id);
                }
                else if (to.Start != span.Start || to.End != span.End)
                {
                    // Statements before the first removed paragraph keep their offsets and their rows stay unlocked.
                    moved.Add(new StatementSpan(span.Id, to.Start, to.End));
                }
            }
            await ArticleRows.SetCleanTextAsync(tx, articleId, removal.Body, ct);
        }
        await StatementRows.MoveAsync(tx, moved, deleted, ct);
    }
}
