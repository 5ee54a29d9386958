using Corpus.Grains.Sources;
using Corpus.Storage.Facts;
using Corpus.Text.Boilerplate;

namespace Corpus.Gateway.Tests.Grains;

public sealed class OutletParagraphsTests
{
    private const long Newsletter = 1;

    private static ArticleParagraphs Article(long arrival, long[] paragraphs, bool counted = true) =>
        new($"a{arrival}", "Outlet", arrival, paragraphs, paragraphs, counted);

    private static Dictionary<string, SortedSet<long>> CountAll(OutletParagraphs outlet, IEnumerable<ArticleParagraphs> articles)
    {
        var toForget = new Dictionary<string, SortedSet<long>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            outlet.Count(article, toForget);
        }
        return toForget;
    }

    [Fact]
    public void AParagraphInEnoughArticlesIsFurnitureAndEveryArticleThatPrintedItDropsIt()
    {
        var outlet = new OutletParagraphs();
        var articles = Enumerable.Range(1, RecurringParagraphs.Threshold + 1).Select(i => Article(i, [Newsletter, 100 + i])).ToList();

        var toForget = CountAll(outlet, articles);

        Assert.Equal([Newsletter], outlet.Furniture);
        Assert.Equal(articles.Select(a => a.ArticleId).Order(), toForget.Keys.Order());
        Assert.All(toForget.Values, forgotten => Assert.Equal([Newsletter], forgotten));
    }

    [Fact]
    public void CopiesOfAStoryDoNotMakeItsParagraphsFurniture()
    {
        var outlet = new OutletParagraphs();

        var toForget = CountAll(outlet, [Article(1, [Newsletter]), .. Enumerable.Range(2, 5).Select(i => Article(i, [Newsletter], counted: false))]);

        Assert.Empty(outlet.Furniture);
        Assert.Empty(toForget);
    }

    [Fact]
    public void AParagraphNotSeenAgainWhileManyOthersCameStartsAgainFromNothing()
    {
        var outlet = new OutletParagraphs(tracked: 4);
        var between = Enumerable.Range(2, 4).Select(i => Article(i, [100 + i]));

        CountAll(outlet, [Article(1, [Newsletter]), .. between, Article(6, [Newsletter]), Article(7, [Newsletter])]);
        Assert.Empty(outlet.Furniture);

        CountAll(outlet, [Article(8, [Newsletter])]);
        Assert.Equal([Newsletter], outlet.Furniture);
    }

    [Fact]
    public void AParagraphSeenAgainIsKeptWhileOthersAreForgotten()
    {
        var outlet = new OutletParagraphs(tracked: 4);

        CountAll(outlet, [Article(1, [Newsletter]), Article(2, [102]), Article(3, [Newsletter, 103]), Article(4, [104]), Article(5, [105]), Article(6, [Newsletter])]);

        Assert.Equal([Newsletter], outlet.Furniture);
    }
}
