using Corpus.Text.Articles;
using Corpus.Text.Boilerplate;

namespace Corpus.Grains.Articles;

/// <summary>
/// The paragraphs of one article that its outlet prints under many articles: those already known are taken out of
/// the clean text as it is stored; <see cref="Fingerprints"/> and <see cref="Kept"/> go to the source grain, which
/// counts them and tells the article to forget any it kept that turn out to be furniture too. Statements are
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
}
