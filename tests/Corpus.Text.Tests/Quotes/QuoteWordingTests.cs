using Corpus.Text.Quotes;

namespace Corpus.Text.Tests.Quotes;

public class QuoteWordingTests
{
    private const string Full = "We will keep the harbour open through the winter, and nobody in this council doubts that it can be done.";

    [Theory]
    [InlineData("We will keep the harbour open through the winter.")]
    [InlineData("We will keep the harbour open … nobody in this council doubts that it can be done.")]
    [InlineData("We will keep the harbour open...nobody in this council doubts that it can be done.")]
    [InlineData("We will keep the [port] open through the winter, and nobody in this council doubts that it can be done.")]
    [InlineData("We won't close the harbour through the winter, and nobody in this council doubts that it can be done.")]
    public void Truncated_spliced_and_edited_wordings_are_the_same_quote(string variant)
    {
        Assert.True(QuoteWording.SameQuote(Full, variant), $"{variant} should report: {Full}");
    }

    [Theory]
    [InlineData("The harbour will close for the winter because the council has no money left.")]
    [InlineData("We will keep")]
    public void Other_words_or_too_few_words_are_not_the_same_quote(string other)
    {
        Assert.False(QuoteWording.SameQuote(Full, other));
    }

    [Fact]
    public void Contractions_plurals_and_abbreviations_compare_equal()
    {
        Assert.True(QuoteWording.SameQuote(
            "I said it's unacceptable and I made our expectation of the U.S. plain",
            "I said it is unacceptable, and I made our expectations of the United States plain"));
        Assert.True(QuoteWording.SameQuote("We cannot afford to be so politically correct anymore", "We can't afford to be politically correct anymore"));
    }

    [Fact]
    public void Fullest_wording_is_canonical_and_prefers_fewer_edits_on_a_tie()
    {
        var canonical = QuoteWording.Fullest([
            "We will keep the harbour open through the winter.",
            Full,
            "…nobody in this council doubts that it can be done.",
        ]);
        Assert.Equal(Full, canonical);
        Assert.Equal("the harbour stays open all winter", QuoteWording.Fullest(["the [port] stays open all winter", "the harbour stays open all winter"]));
    }

    [Theory]
    [InlineData("We will keep the harbour open through the winter.", "Our harbour stays open. We will keep the harbour open through the winter, and nobody in this council doubts it.", "we will keep the harbour open through the winter")]
    [InlineData("the [port] stays open all winter, we will keep it open", "the harbour stays open all winter, we will keep it open", "The harbour stays open all winter, we will keep it open!")]
    public void A_groupings_canonical_wording_is_the_fullest_of_every_wording_it_took_in_whatever_their_order(string a, string b, string c)
    {
        string[] wordings = [a, b, c];
        foreach (var order in new[] { new[] { 0, 1, 2 }, [2, 1, 0], [1, 2, 0] })
        {
            var grouping = new QuoteGrouping();
            foreach (var i in order)
            {
                grouping.Add("q", wordings[i]);
            }
            Assert.Equal(QuoteWording.Fullest(wordings), grouping.Canonical("q"));
        }
    }

    [Fact]
    public void Diff_shows_left_out_and_added_words()
    {
        var diff = QuoteDiff.Between(Full, "…nobody in this [city] council doubts that it can be done.");
        Assert.Equal(DiffOp.Missing, diff[0].Op);
        Assert.StartsWith("We will keep the harbour", diff[0].Text, StringComparison.Ordinal);
        Assert.Contains(diff, p => p.Op == DiffOp.Added && p.Text.Contains('…', StringComparison.Ordinal));
        Assert.Contains(diff, p => p.Op == DiffOp.Added && p.Text == "[city]");
        Assert.Contains(diff, p => p.Op == DiffOp.Same && p.Text.StartsWith("council doubts", StringComparison.Ordinal));
    }

    [Fact]
    public void Grouping_puts_each_outlet_wording_with_its_quote_and_keeps_different_quotes_apart()
    {
        var grouping = new QuoteGrouping();
        grouping.Add("q1", Full);
        grouping.Add("q2", "Our fishermen deserve a fair price and we will fight for it in every market.");
        Assert.Equal("q1", grouping.Find("We will keep the harbour open through the winter."));
        Assert.Equal("q2", grouping.Find("…we will fight for [a fair price] in every market."));
        Assert.Null(grouping.Find("The budget for next year is still being written by the treasury."));
    }

    [Fact]
    public void A_spliced_wording_spanning_two_quotes_joins_only_the_better_one()
    {
        var grouping = new QuoteGrouping();
        grouping.Add("short", "I was plain about it, it is unacceptable.");
        grouping.Add("long", "The ministry will always defend the integrity of our borders. Full stop. If anyone tests us we will respond.");
        Assert.Equal("long", grouping.Find("I was plain: it’s unacceptable…The ministry will always defend the integrity of our borders. Full stop. If anyone tests us"));
    }

    [Fact]
    public void A_short_wording_is_not_joined_to_a_long_quote_it_shares_only_function_words_with()
    {
        const string Long = "There is no question that the harbour budget is all the council can talk about, and that is a shame";
        const string Short = "Is that all there is?";
        Assert.Empty(QuoteSketch.Keys(Short).Intersect(QuoteSketch.Keys(Long)));
        var grouping = new QuoteGrouping();
        grouping.Add("long", Long);
        Assert.Null(grouping.Find(Short));
    }
}
