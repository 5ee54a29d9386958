using Corpus.Text.Articles;
using Corpus.Text.Boilerplate;

namespace Corpus.Text.Tests.Boilerplate;

public class RecurringParagraphsTests
{
    private static CleanArticle Article(params string[] paragraphs) =>
        new("Title", [], null, "Outlet", string.Join(CleanArticle.ParagraphSeparator, paragraphs));

    [Fact]
    public void Known_paragraphs_are_removed_and_the_rest_kept_in_order()
    {
        const string footer = "Republished with permission of the Example Foundation.";
        var article = Article("First paragraph of the story.", footer, "Second paragraph of the story.");
        var known = new HashSet<long> { RecurringParagraphs.Fingerprint(footer) };

        var cleaned = RecurringParagraphs.Remove(article.Body, known);

        Assert.Equal(["First paragraph of the story.", "Second paragraph of the story."], cleaned.Body.Split(CleanArticle.ParagraphSeparator));
    }

    [Fact]
    public void Fingerprints_ignore_case_quotes_and_spacing()
    {
        Assert.Equal(
            RecurringParagraphs.Fingerprint("Sign up for our  newsletter — it’s free"),
            RecurringParagraphs.Fingerprint("sign up for our newsletter - it's free"));
        Assert.NotEqual(RecurringParagraphs.Fingerprint("Sign up today"), RecurringParagraphs.Fingerprint("Sign up tomorrow"));
    }

    [Fact]
    public void Paragraphs_that_quote_someone_are_never_learnt_or_removed()
    {
        const string quote = "“We will rebuild the bridge,” the mayor said.";
        var article = Article(quote, "Follow us for more updates.");

        Assert.False(RecurringParagraphs.IsCandidate(quote));
        Assert.Equal([RecurringParagraphs.Fingerprint("Follow us for more updates.")], RecurringParagraphs.Contributions(article));
        Assert.Contains(quote, RecurringParagraphs.Remove(article.Body, new HashSet<long> { RecurringParagraphs.Fingerprint(quote) }).Body);
    }

    [Fact]
    public void An_article_counts_a_repeated_paragraph_once()
    {
        var article = Article("Share this story.", "Body text here.", "Share this story.");
        Assert.Equal(2, RecurringParagraphs.Contributions(article).Count);
    }
}
