using Corpus.Text.Articles;
using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

/// <summary>A source that reports one thing and goes on to report another in the same sentence makes two statements.</summary>
public class CoordinatedCueTests
{
    private static IReadOnlyList<StatementFinding> Extract(string text) =>
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, text));

    [Theory]
    [InlineData("Mayor Ada Brook says the ferry lost money last year and insists the night crossing will return in spring.", "insists")]
    [InlineData("Mayor Ada Brook says the ferry lost money last year, but insists the night crossing will return in spring.", "insists")]
    [InlineData("Mayor Ada Brook says the ferry lost money last year, insisting the night crossing will return in spring.", "insisting")]
    public void A_second_cue_without_a_subject_of_its_own_opens_a_second_statement(string text, string cue)
    {
        var found = Extract(text);
        var first = Assert.Single(found, f => f.Text.StartsWith("the ferry", StringComparison.Ordinal));
        Assert.Equal("the ferry lost money last year", first.Text);
        var second = Assert.Single(found, f => f.Text.StartsWith("the night crossing", StringComparison.Ordinal));
        Assert.Equal(StatementKind.Indirect, second.Kind);
        Assert.Equal(cue, second.Cue);
        Assert.Equal("Ada Brook", first.Speaker?.Name);
        Assert.Equal("Ada Brook", second.Speaker?.Name);
    }

    [Fact]
    public void A_bare_verb_after_and_continues_the_reported_clause()
    {
        var found = Assert.Single(Extract("Mayor Ada Brook said the new ferry would sail on Monday and carry the night crews across the bay."));
        Assert.Equal("the new ferry would sail on Monday and carry the night crews across the bay.", found.Text);
    }

    [Fact]
    public void A_piece_with_the_quotation_stays_partial_and_the_other_becomes_indirect()
    {
        var found = Extract("Mayor Ada Brook says the fares will stay as they are, but insists the old timetable is “a mess from start to end.”");
        Assert.Equal(StatementKind.Indirect, Assert.Single(found, f => f.Text.StartsWith("the fares", StringComparison.Ordinal)).Kind);
        var quoted = Assert.Single(found, f => f.Text.StartsWith("the old timetable", StringComparison.Ordinal));
        Assert.Equal(StatementKind.Partial, quoted.Kind);
        Assert.Equal("Ada Brook", quoted.Speaker?.Name);
    }

    [Theory]
    [InlineData("Mayor Ada Brook said the ferry would sail on Monday, but the crews were not told until late on Friday night.")]
    [InlineData("Mayor Ada Brook said the ferry would sail on Monday, while the harbor board met across town to discuss the budget.")]
    [InlineData("Mayor Ada Brook said the ferry would sail on Monday, and she left the pier before the crews arrived for the evening shift.")]
    public void The_writers_own_clause_after_a_contrast_is_left_out(string text) =>
        Assert.Equal("the ferry would sail on Monday", Assert.Single(Extract(text), f => f.Text.StartsWith("the ferry", StringComparison.Ordinal)).Text);
}
