using Corpus.Text.Articles;
using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

/// <summary>Reported speech whose source is a description, not a name: it is kept as indirect speech without a speaker.</summary>
public class DescribedSourceTests
{
    private static IReadOnlyList<StatementFinding> Extract(params string[] paragraphs) =>
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, string.Join(CleanArticle.ParagraphSeparator, paragraphs)));

    [Theory]
    [InlineData("The ferry line’s harbor master said the crossings would resume once the fog lifted over the bay.", "the crossings would resume")]
    [InlineData("The crossings would resume once the fog lifted over the bay, the ferry line said Tuesday.", "The crossings would resume")]
    [InlineData("According to a survey of ferry riders released Monday, most of them want the night crossings back.", "most of them want")]
    [InlineData("Most ferry riders want the night crossings back, according to a survey released Monday by the port.", "Most ferry riders want")]
    public void A_described_source_still_reports_speech(string text, string reported)
    {
        var found = Assert.Single(Extract(text), f => f.Text.StartsWith(reported, StringComparison.Ordinal));
        Assert.Equal(StatementKind.Indirect, found.Kind);
        Assert.Null(found.Speaker);
    }

    [Theory]
    [InlineData("The ferry that the harbor master said was unsafe sailed again on Tuesday morning.")]
    [InlineData("The crossing is longer than he said it would be in the winter months.")]
    public void A_clause_before_the_cue_is_no_described_source(string text) =>
        Assert.DoesNotContain(Extract(text), f => f.Speaker is null && f.Kind == StatementKind.Indirect && f.Text.Contains("unsafe sailed", StringComparison.Ordinal));
}
