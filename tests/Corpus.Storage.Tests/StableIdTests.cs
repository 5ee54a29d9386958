namespace Corpus.Storage.Tests;

public sealed class StableIdTests
{
    [Fact]
    public void An_articles_statements_have_ids_that_sort_together_and_never_repeat()
    {
        var articles = Enumerable.Range(0, 500).Select(i => StableId.Of("article", $"key-{i}")).ToList();
        var ids = articles.SelectMany(a => Enumerable.Range(0, 40).Select(ordinal => (Article: a, Id: StableId.OfStatement(a, ordinal)))).ToList();

        Assert.Equal(ids.Count, ids.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, s => Assert.Equal(16, s.Id.Length));
        // Sorted by id, each article's statements form one run: they share index pages.
        var sorted = ids.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => s.Article).ToList();
        Assert.Equal(articles.Count, sorted.Where((article, i) => i == 0 || sorted[i - 1] != article).Count());
        Assert.Equal(StableId.OfStatement(articles[0], 3), StableId.OfStatement(articles[0], 3));
    }
}
