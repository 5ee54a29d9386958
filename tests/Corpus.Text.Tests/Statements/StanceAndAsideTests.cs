using Corpus.Text.Articles;
using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

/// <summary>Positions held ("wants to …", "called for …"), reports before a quoting cue, and the writer's asides after a report.</summary>
public class StanceAndAsideTests
{
    private static IReadOnlyList<StatementFinding> Extract(params string[] paragraphs) =>
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, string.Join(CleanArticle.ParagraphSeparator, paragraphs)));

    [Theory]
    [InlineData("Gordon Hale wants to sell the old pier to a developer before the winter storms.", "to sell the old pier to a developer before the winter storms.", "wants")]
    [InlineData("Tilda Ferrand called for an independent audit of the harbor board's accounts.", "an independent audit of the harbor board's accounts.", "called")]
    [InlineData("Tilda Ferrand criticized the board's plan to raise mooring fees, saying it would drive fishermen away.", "the board's plan to raise mooring fees", "criticized")]
    public void A_named_source_before_a_stance_verb_holds_the_position_after_it(string text, string position, string cue)
    {
        var found = Assert.Single(Extract(text));
        Assert.Equal(StatementKind.Indirect, found.Kind);
        Assert.Equal(position, found.Text);
        Assert.Equal(cue, found.Cue);
    }

    [Theory]
    [InlineData("The plan the mayor wants would sell the old pier to a developer before the winter storms.")]
    [InlineData("Public support for the pier sale has fallen to its lowest level since the harbor board first proposed it.")]
    public void A_stance_verb_without_a_source_right_before_it_makes_nothing(string text) =>
        Assert.Empty(Extract(text));

    [Theory]
    [InlineData("Gordon Hale said the members will still meet at the harbor every month, but said, “It is time we change how we do it.”")]
    [InlineData("Gordon Hale said the members will still meet at the harbor every month and said that “it is time we change how we do it.”")]
    public void A_report_before_the_cue_that_introduces_a_quotation_is_kept(string text)
    {
        var found = Extract(text);
        var report = Assert.Single(found, f => f.Kind == StatementKind.Indirect);
        Assert.Equal("the members will still meet at the harbor every month", report.Text);
        Assert.Equal("Gordon Hale", report.Speaker?.Name);
        Assert.Single(found, f => f.Kind == StatementKind.Direct && f.Text.Contains("time we change", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_clause_closing_a_report_is_the_writers_aside()
    {
        var found = Assert.Single(Extract("Gordon Hale said the board would close the old pier over fears of rot, which has spread through the pilings since 2015."));
        Assert.Equal("the board would close the old pier over fears of rot", found.Text);
    }

    [Fact]
    public void A_relative_clause_closed_by_a_comma_stays_inside_the_report()
    {
        var found = Assert.Single(Extract("Gordon Hale said the harbor committee, which backed the sale, spent more than it raised last year."));
        Assert.Equal("the harbor committee, which backed the sale, spent more than it raised last year.", found.Text);
    }
}
