using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Corpus.TestSupport;
using Corpus.Text.Cleaning.Html;
using Corpus.Text.Tests.Evaluation;

namespace Corpus.Text.Tests.Cleaning;

/// <summary>The one-walk page scan finds exactly what the CSS selector queries it replaced found.</summary>
public class PageScanTests
{
    private const string AuthorSelector = "[rel='author'], [itemprop='author'] [itemprop='name'], .byline a, .author-name";

    private const string Page =
        """
        <html><head><meta name="author" content="Jane Roe"><meta property="og:title" content="Title"></head><body>
        <h2>Not the headline</h2><h1>Headline <b>one</b></h1><h1>Headline two</h1>
        <div class="top Byline"><a href="/x">Not a byline: the class is Byline</a></div>
        <div class="story byline-wrap"><a href="/y">Not a byline: byline-wrap</a></div>
        <div class="meta byline"><span>By <a href="/jane">Jane Roe</a> and <a rel="author" href="/john">John Doe</a></span></div>
        <div itemprop="author" itemscope><span itemprop="name">Ann Lee</span><div><b itemprop="name">Nested Name</b></div></div>
        <span itemprop="name">Outside any author</span>
        <p class="x author-name y">Bo Chen</p><p class="author-names">Not a match</p>
        <time>no datetime</time><time datetime="2020-01-02">January 2</time><time datetime="2021-01-01">later</time>
        <p>Text with <a href="/z">a link</a> in a paragraph.</p><table><tr><td><p>Cell paragraph</p></td></tr></table>
        <meta itemprop="datePublished" content="2020-01-02">
        </body></html>
        """;

    [Fact]
    public void Finds_what_the_selectors_found()
    {
        AssertSameAsSelectors(Page);
    }

    [SkippableFact]
    public void Finds_what_the_selectors_found_on_every_aeb_dev_page()
    {
        var folder = AebFiles.Folder;
        Skip.If(folder is null, SharedData.MissingMessage);
        foreach (var document in AebFiles.Load(folder))
        {
            AssertSameAsSelectors(AebFiles.Html(folder, document.Id));
        }
    }

    private static void AssertSameAsSelectors(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var scan = new PageScan(document);
        Assert.Equal(document.QuerySelectorAll("meta"), scan.MetaTags);
        Assert.Same(document.QuerySelector("h1"), scan.FirstHeadline);
        Assert.Same(document.QuerySelector("time[datetime]"), scan.FirstDatedTime);
        Assert.Equal<IElement>(document.QuerySelectorAll(AuthorSelector), scan.AuthorElements);
        Assert.Equal(document.QuerySelectorAll("p").Sum(p => p.TextContent.Length), scan.ParagraphCharacters);
    }
}
