using Corpus.Text.Articles;
using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

/// <summary>A source named together with a description of it: the person is the speaker, not the place or group describing them.</summary>
public class DescribedNameTests
{
    private static StatementFinding Quote(string text) =>
        Assert.Single(
            StatementExtractor.Extract(new CleanArticle(null, [], null, null, text)),
            f => f.Text.Contains("bridge", StringComparison.Ordinal));

    [Theory]
    [InlineData("“The bridge will open in May,” said Omaha resident Tilda Ferrand.")]
    [InlineData("“The bridge will open in May,” said Harbor Party treasurer Tilda Ferrand, who backs the plan.")]
    [InlineData("“The bridge will open in May,” Marek's senior transport adviser Tilda Ferrand said.")]
    [InlineData("“The bridge will open in May,” Marek's spokeswoman, Tilda Ferrand, said.")]
    [InlineData("“The bridge will open in May,” the ferry line's chief engineer, Tilda Ferrand, told reporters.")]
    [InlineData("Tilda Ferrand, the chairwoman of Harbor Watch, a group that sued the city, said: “The bridge will open in May.”")]
    [InlineData("Tilda Ferrand, head of the board of Harbor Partners, said: “The bridge will open in May.”")]
    public void The_named_person_speaks(string text) => Assert.Equal("Tilda Ferrand", Quote(text).Speaker?.Name);

    [Fact]
    public void A_described_subject_owns_the_quotation_it_writes() =>
        Assert.Equal("Tilda Ferrand", Quote("Harbor Party mayoral candidate Tilda Ferrand quickly took to Twitter, writing: “The bridge will open in May, whatever the council decides.”").Speaker?.Name);

    [Fact]
    public void A_single_quotation_closing_with_the_double_one_leaves_the_cue_after_it() =>
        Assert.Equal("Tilda Ferrand", Quote("''The bridge is what I would call 'old-school,''' said Tilda Ferrand, the city engineer.").Speaker?.Name);
}
