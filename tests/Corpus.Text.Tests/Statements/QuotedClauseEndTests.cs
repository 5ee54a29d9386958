using Corpus.Text.Articles;
using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

public class QuotedClauseEndTests
{
    private static IReadOnlyList<StatementFinding> Extract(string text) =>
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, text));

    [Theory]
    [InlineData("Mayor Tilda Ferrand said the bridge was “a fine piece of work”, as she faced a crowd of angry ferry workers.", "as she faced")]
    [InlineData("Mayor Tilda Ferrand called the bridge “a fine piece of work” but did not say when it would open to traffic.", "did not say")]
    public void A_partial_quotation_ends_where_narration_takes_over(string text, string narration)
    {
        var found = Assert.Single(Extract(text), f => f.Text.Contains("fine piece", StringComparison.Ordinal));
        Assert.DoesNotContain(narration, found.Text, StringComparison.Ordinal);
        Assert.Equal("Tilda Ferrand", found.Speaker?.Name);
    }

    [Fact]
    public void Speech_quoted_in_the_narration_keeps_the_speaker()
    {
        var found = Extract("Mayor Tilda Ferrand said the bridge was “a fine piece of work”, adding that “the ferry will keep running for the people who need it.”");
        Assert.Equal("Tilda Ferrand", Assert.Single(found, f => f.Text.Contains("ferry will keep", StringComparison.Ordinal)).Speaker?.Name);
    }
}
