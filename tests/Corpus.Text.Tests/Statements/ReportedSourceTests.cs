using Corpus.Text.Articles;
using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

/// <summary>Sources of reported speech beyond a name before the cue: relative pronouns, inverted and parenthetical cues, a second source.</summary>
public class ReportedSourceTests
{
    private static IReadOnlyList<StatementFinding> Extract(params string[] paragraphs) =>
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, string.Join(CleanArticle.ParagraphSeparator, paragraphs)));

    private static StatementFinding Indirect(string text, string reported) =>
        Assert.Single(Extract(text), f => f.Kind == StatementKind.Indirect && f.Text.StartsWith(reported, StringComparison.Ordinal));

    [Fact]
    public void Who_said_reports_the_clause_with_its_named_antecedent()
    {
        var found = Indirect("Mayor Ada Brook, who said the ferry would sail on Monday, was not at the pier.", "the ferry would sail");
        Assert.Equal("the ferry would sail on Monday", found.Text);
        Assert.Equal("Ada Brook", found.Speaker?.Name);
    }

    [Fact]
    public void Who_said_after_a_description_has_no_speaker() =>
        Assert.Null(Indirect("The union sided with the captains who said the new timetable was unsafe for crews.", "the new timetable").Speaker);

    [Theory]
    [InlineData("The crossing will resume after the storm has passed, said one harbor official.")]
    [InlineData("The crossing will resume after the storm has passed, a source close to the harbor master said.")]
    public void A_described_source_after_the_clause_reports_it(string text) =>
        Assert.Null(Indirect(text, "The crossing will resume after the storm has passed").Speaker);

    [Fact]
    public void A_scare_quote_does_not_hide_the_cue_of_its_sentence() =>
        Assert.Null(Indirect("The line carried “nearly a million” riders last year, according to the port authority.", "The line carried").Speaker);

    [Fact]
    public void A_second_source_after_a_semicolon_starts_a_second_statement()
    {
        var found = Extract("About 40 percent said the fares were too high; 35 percent said the service was too slow.");
        Assert.Contains(found, f => f.Text == "the fares were too high");
        Assert.Contains(found, f => f.Text.StartsWith("the service was too slow", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cue_between_commas_reports_the_clause_before_it_and_the_participle_after_it()
    {
        var found = Extract("The night crossing was cancelled on Monday, a harbor official said, adding that it would resume in the spring.");
        Assert.Contains(found, f => f.Text == "The night crossing was cancelled on Monday");
        Assert.Contains(found, f => f.Text.StartsWith("it would resume in the spring", StringComparison.Ordinal));
    }

    [Fact]
    public void A_described_source_after_a_comma_and_conjunction_opens_its_clause() =>
        Assert.Null(Indirect("The repairs ran late, and the agency said it would add another ferry next summer.", "it would add").Speaker);

    [Fact]
    public void A_price_ends_its_sentence()
    {
        var found = Extract("The ferry fare rose to $27.16. The fare is too high for such a short crossing, the riders said.");
        Assert.Contains(found, f => f.Kind == StatementKind.Indirect && f.Text == "The fare is too high for such a short crossing");
    }
}
