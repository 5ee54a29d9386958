using Corpus.Text.Articles;
using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

/// <summary>Who the subject of a cue is: never a possessive, and the main clause's subject when the cue has none of its own.</summary>
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

    [Theory]
    [InlineData("Tilda Ferrand pushed back on Gordon Hale’s comments, saying that the council had been gripped by “a fever of doubt” for months.")]
    [InlineData("On Monday, Tilda Ferrand pushed back on Gordon Hale, saying the council had been gripped by “a fever of doubt” for months.")]
    [InlineData("Tilda Ferrand rejected the report and accused Gordon Hale of spreading “a fever of doubt” for months.")]
    public void A_cue_without_its_own_subject_shares_the_main_clause_subject(string text)
    {
        var found = Single(Extract(text), "fever of doubt");
        Assert.Equal("Tilda Ferrand", found.Speaker?.Name);
        Assert.Equal(StatementKind.Partial, found.Kind);
    }

    [Fact]
    public void A_coordinated_cue_takes_a_pronoun_subject_resolved_past_an_introductory_phrase()
    {
        var found = Extract(
            "Gordon Hale wrote on Friday that “the harbor belongs to the fishermen and nobody else.”",
            "Answering that post, Tilda Ferrand pointed out that the harbor is public. She also reminded the council of its duties and told Hale, “Read the charter, Gordon.”");
        Assert.Equal("Tilda Ferrand", Single(found, "Read the charter").Speaker?.Name);
        Assert.Equal(StatementKind.Direct, Single(found, "Read the charter").Kind);
    }

    [Theory]
    [InlineData("Tilda Ferrand pushed back on the council, saying the harbor would stay open through the winter.")]
    [InlineData("Tilda Ferrand met the fishermen on Monday and told them that the harbor would stay open through the winter.")]
    [InlineData("At a briefing on Monday, Tilda Ferrand lamented that the harbor would stay open through the winter.")]
    public void Reported_speech_after_a_subjectless_cue_goes_to_the_main_clause_subject(string text)
    {
        var found = Single(Extract(text), "stay open");
        Assert.Equal(StatementKind.Indirect, found.Kind);
        Assert.Equal("Tilda Ferrand", found.Speaker?.Name);
    }

    [Fact]
    public void A_participle_is_followed_by_its_reported_clause_not_by_a_source()
    {
        var found = Extract(
            "The Harbor Council said on Friday that the docks would close for repairs in March.",
            "Human rights groups criticized the ministry's treatment of the prisoners, saying they had been denied lawyers for weeks.");
        Assert.DoesNotContain(found, f => f.Text.Contains("denied lawyers", StringComparison.Ordinal) && f.Speaker is not null);
    }
}
