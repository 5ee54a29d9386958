using Corpus.Text.Articles;
using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

/// <summary>Who the subject of a cue is: never a possessive or an article.</summary>
public class CueSubjectTests
{
    private static IReadOnlyList<StatementFinding> Extract(params string[] paragraphs) =>
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, string.Join(CleanArticle.ParagraphSeparator, paragraphs)));

    private static StatementFinding Single(IReadOnlyList<StatementFinding> found, string containing) =>
        Assert.Single(found, f => f.Text.Contains(containing, StringComparison.Ordinal));

    [Theory]
    [InlineData("Mayor Tilda Ferrand answered Gordon Hale’s comments about the harbor, and the council voted “to delay the dredging for a year” on Monday.")]
    [InlineData("Mayor Tilda Ferrand read Gordon Hale's claims about the harbor, and the council voted “to delay the dredging for a year” on Monday.")]
    [InlineData("The claims about the harbor were dismissed when the council voted “to delay the dredging for a year” on Monday.")]
    public void A_cue_word_after_a_possessive_or_article_is_a_noun_with_no_source(string text)
    {
        Assert.DoesNotContain(Extract(text), f => f.Speaker?.Name is "Gordon Hale" or "The");
    }
}
