using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text) =>
        [.. SentenceSplitter.Split(text, 0, text.Length, QuoteScanner.Scan(text, 0, text.Length)).Select(s => text[s.Start..s.End])];

    [Fact]
    public void A_quotation_opening_where_another_closed_after_a_full_stop_starts_a_sentence()
    {
        Assert.Equal(
            ["The reporter cited a study proving “ferries are safer than bridges.”", "“Your facts are wrong,” Mayor Tilda Ferrand replied."],
            Sentences("The reporter cited a study proving “ferries are safer than bridges.”“Your facts are wrong,” Mayor Tilda Ferrand replied."));
    }

    [Fact]
    public void Quotations_one_after_another_inside_a_sentence_stay_in_it()
    {
        Assert.Equal(
            ["She called it “a fine piece”“of work” and left."],
            Sentences("She called it “a fine piece”“of work” and left."));
    }

    [Fact]
    public void No_statement_holds_two_quotations_glued_together()
    {
        var found = StatementExtractor.Extract(new Articles.CleanArticle(
            null, [], null, null, "The reporter cited a study proving “ferries are safer than bridges.”“Your facts are wrong,” Mayor Tilda Ferrand replied."));
        Assert.DoesNotContain(found, f => f.Text.Contains("”“", StringComparison.Ordinal));
        Assert.Equal("Tilda Ferrand", Assert.Single(found, f => f.Text.Contains("Your facts", StringComparison.Ordinal)).Speaker?.Name);
    }
}
