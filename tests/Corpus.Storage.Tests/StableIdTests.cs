namespace Corpus.Storage.Tests;

public sealed class StableIdTests
{
    [Fact]
    public void Statement_ids_sort_in_upload_order_and_never_repeat()
    {
        // Arrivals as a store gives them, each article's statements in order, and ids kept from before (hex) beside them.
        var articles = Enumerable.Range(0, 500).Select(i => (Id: StableId.Of("article", $"key-{i}"), Arrival: 68_719_476_000L + i)).ToList();
        var ids = articles.SelectMany(a => Enumerable.Range(0, 40).Select(ordinal => StableId.OfStatement(a.Id, a.Arrival, ordinal))).ToList();
        var older = articles.SelectMany(a => Enumerable.Range(0, 40).Select(ordinal => StableId.OfStatement(a.Id, -a.Arrival, ordinal))).ToList();

        Assert.Equal(ids.Count + older.Count, ids.Concat(older).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids.Concat(older), id => Assert.Equal(16, id.Length));
        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
        Assert.All(older, id => Assert.True(Convert.FromHexString(id).Length == 8, id));
        Assert.Equal(StableId.OfStatement(articles[0].Id, articles[0].Arrival, 3), StableId.OfStatement(articles[0].Id, articles[0].Arrival, 3));
    }

    [Fact]
    public void A_statement_id_that_cannot_hold_its_arrival_takes_the_older_form_by_its_article()
    {
        var article = StableId.Of("article", "key");
        Assert.StartsWith(article[..10], StableId.OfStatement(article, 1L << 36, 0), StringComparison.Ordinal);
        Assert.StartsWith(article[..10], StableId.OfStatement(article, 7, 1 << 24), StringComparison.Ordinal);
        Assert.Equal("s00000000700000c", StableId.OfStatement(article, 7, 12));
    }
}
