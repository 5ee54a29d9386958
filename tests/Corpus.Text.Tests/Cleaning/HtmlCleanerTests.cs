using Corpus.Text.Articles;
using Corpus.Text.Cleaning;

namespace Corpus.Text.Tests.Cleaning;

public class HtmlCleanerTests
{
    private const string Page =
        """
        <html><head>
        <title>Port strike ends after nine days | The Coastal Times</title>
        <meta property="og:site_name" content="The Coastal Times">
        <meta property="og:title" content="Port strike ends after nine days">
        <meta property="article:published_time" content="2022-08-14T09:30:00Z">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Coastal Times"},
         {"@type":"NewsArticle","headline":"Port strike ends after nine days","datePublished":"2022-08-14T09:30:00Z",
          "author":[{"@type":"Person","name":"Rosa Delgado"},{"@type":"Organization","name":"Coastal Wire"}]}]}
        </script>
        </head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <div class="page">
          <div class="main-column">
            <article class="story">
              <h1>Port strike ends after nine days</h1>
              <div class="byline">By <a href="/rosa">Rosa Delgado</a> | August 14, 2022</div>
              <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
              <figure><img src="a.jpg"><figcaption>Dock workers leave the gates on Sunday. Photo: Coastal Wire</figcaption></figure>
              <div class="story-body">
                <p>Dock workers returned to the port on Sunday after nine days on strike, ending a stoppage that left dozens of ships waiting offshore.</p>
                <p>The union said its members had accepted a new contract, which raises wages by six percent and limits night shifts, after a vote on Saturday.</p>
                <div class="ad-slot inline-ad"><span>Advertisement</span></div>
                <h2>Backlog will take weeks</h2>
                <p>Port managers warned that clearing the backlog of containers, some holding fresh food, would take at least three weeks.</p>
                <p>Shipping companies, which had diverted some vessels to other harbours along the coast, welcomed the agreement but asked for compensation.</p>
                <div class="related-articles"><h3>Related</h3><ul>
                  <li><a href="/1">Union calls strike at the port</a></li>
                  <li><a href="/2">Ships queue outside the harbour</a></li>
                  <li><a href="/3">Mayor urges both sides to talk</a></li></ul></div>
                <p>The strike was the longest at the port in more than twenty years.</p>
              </div>
              <div class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p></div>
            </article>
          </div>
          <aside class="sidebar"><h3>Most read</h3><p>Ten things to do at the seaside this weekend, from beach walks to boat tours and markets.</p></aside>
        </div>
        <footer><p>© 2022 The Coastal Times. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Extracts_the_article_paragraphs_and_subheadings_only()
    {
        var article = HtmlCleaner.Clean(new ArticleDraft(null, null, Page, null, null, null));

        Assert.Equal(
            [
                "Dock workers returned to the port on Sunday after nine days on strike, ending a stoppage that left dozens of ships waiting offshore.",
                "The union said its members had accepted a new contract, which raises wages by six percent and limits night shifts, after a vote on Saturday.",
                "Backlog will take weeks",
                "Port managers warned that clearing the backlog of containers, some holding fresh food, would take at least three weeks.",
                "Shipping companies, which had diverted some vessels to other harbours along the coast, welcomed the agreement but asked for compensation.",
                "The strike was the longest at the port in more than twenty years.",
            ],
            article.Paragraphs);
    }

    [Fact]
    public void Reads_metadata_from_json_ld_and_meta_tags()
    {
        var article = HtmlCleaner.Clean(new ArticleDraft(null, null, Page, null, null, null));

        Assert.Equal("Port strike ends after nine days", article.Title);
        Assert.Equal(["Rosa Delgado"], article.Authors);
        Assert.Equal(new DateOnly(2022, 8, 14), article.Published);
        Assert.Equal("The Coastal Times", article.Source);
    }

    [Fact]
    public void Uploaded_metadata_wins_over_the_page()
    {
        var article = HtmlCleaner.Clean(new ArticleDraft("Given title", null, Page, null, "Given Source", new DateOnly(2022, 8, 15)));

        Assert.Equal("Given title", article.Title);
        Assert.Equal("Given Source", article.Source);
        Assert.Equal(new DateOnly(2022, 8, 15), article.Published);
    }

    [Fact]
    public void Page_title_loses_the_site_name_and_bylines_give_authors_without_json_ld()
    {
        const string page =
            """
            <html><head><title>Library reopens after repairs - Riverside Post</title></head><body>
            <div id="content">
              <p class="author">By Tom Field and Ana Ruiz</p>
              <p>The city library reopened on Monday after a year of repairs to its roof, which had leaked since a storm two winters ago.</p>
              <p>Readers queued before the doors opened, and the librarians said more than four hundred books were borrowed by noon.</p>
              <p>The repairs cost less than planned, the council said, because volunteers helped to move the collection into storage.</p>
            </div></body></html>
            """;

        var article = HtmlCleaner.Clean(new ArticleDraft(null, null, page, null, null, null));

        Assert.Equal("Library reopens after repairs", article.Title);
        Assert.Equal(3, article.Paragraphs.Count());
        Assert.DoesNotContain("Tom Field", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_wrapped_in_one_form_still_yields_its_article()
    {
        const string page =
            """
            <html><body><form method="post"><input type="hidden" name="state" value="x">
            <div class="article-body">
              <p>The festival drew a record crowd of sixty thousand people over the weekend, organisers said on Monday evening.</p>
              <p>Bands from eleven countries played on four stages, and the final concert ran an hour past midnight.</p>
              <p>Next year's festival will move to a larger park to the north of the city, the organisers added.</p>
            </div></form></body></html>
            """;

        var article = HtmlCleaner.Clean(new ArticleDraft(null, null, page, null, null, null));

        Assert.Equal(3, article.Paragraphs.Count());
    }
}
