using Corpus.Storage.Quotes;
using Corpus.Storage.Speakers;
using Corpus.Storage.Statements;
using Corpus.Storage.Views;

namespace Corpus.Storage.Tests;

/// <summary>What a quote grain reads to group a speaker's statements and count the outlets that carried each quote.</summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task A_speakers_quotable_statements_load_in_upload_order_with_their_outlets()
    {
        SkipIfUnavailable();
        await SettleAsync(("a1", "Daily", "Harbour wall repairs"), ("a2", "Herald", "Harbour wall repairs again"), ("a3", "Herald", "Library opens"));
        await WriteAsync(async tx =>
        {
            await StatementRows.AddAsync(tx, [Statement("s1", "a1", "Daily"), Statement("s2", "a2", "Herald"), Statement("s3", "a3", "Herald")], CancellationToken.None);
            await StatementLinks.SetAsync(tx, StatementLink.Speaker, [("s1", "sp-jane"), ("s2", "sp-jane"), ("s3", "sp-john")], CancellationToken.None);
        });

        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var quoted = await StatementRows.LoadQuotedAsync(connection, "sp-jane", CancellationToken.None);

        Assert.Equal([("s1", "Daily"), ("s2", "Herald")], quoted.Select(q => (q.Id, q.Outlet)));
        Assert.Empty(await StatementRows.LoadQuotedAsync(connection, "sp-nobody", CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_page_of_quotes_that_many_articles_carry_is_cut_short_and_its_cursor_goes_on_from_there()
    {
        SkipIfUnavailable();
        // Variants of q1..q5: 3, 1, 4, 2, 1; a page holds at most 4 unless its first quote alone has more.
        int[] variants = [3, 1, 4, 2, 1];
        var articles = Enumerable.Range(1, variants.Sum()).Select(i => ($"a{i}", i % 2 == 0 ? "Daily" : "Herald", $"Harbour report {i}")).ToArray();
        await SettleAsync(articles);
        var links = variants.SelectMany((count, q) => Enumerable.Range(0, count).Select(_ => $"q{q + 1}")).Select((quote, i) => (Statement: $"s{i + 1}", Quote: quote)).ToList();
        await WriteAsync(async tx =>
        {
            await StatementRows.AddAsync(tx, [.. links.Select((l, i) => Statement(l.Statement, $"a{i + 1}", articles[i].Item2))], CancellationToken.None);
            await SpeakerRows.UpsertAsync(tx, [Speaker("sp-jane", "Jane Holloway")], CancellationToken.None);
            await StatementLinks.SetAsync(tx, StatementLink.Speaker, [.. links.Select(l => (l.Statement, "sp-jane"))], CancellationToken.None);
            await QuoteRows.UpsertAsync(tx, [.. variants.Select((_, q) => new QuoteState($"q{q + 1}", "sp-jane", "The wall will hold.", 2))], 0, CancellationToken.None);
            await StatementLinks.SetAsync(tx, StatementLink.Quote, [.. links.Select(l => (l.Statement, (string?)l.Quote))], CancellationToken.None);
        });

        async Task<List<List<(string Id, int Variants)>>> PagesAsync(int limit)
        {
            var quotes = new QuoteQueries(Store, maxVariantsPerPage: 4);
            var pages = new List<List<(string, int)>>();
            var request = new PageRequest(limit, null);
            while (true)
            {
                var page = await quotes.ListAsync(null, 1, request, CancellationToken.None);
                pages.Add([.. page.Items.Select(q => (q.Id, q.Variants.Count))]);
                if (page.Next is null)
                {
                    return pages;
                }
                Assert.True(PageRequest.TryCreate(limit, page.Next, out request, out _));
            }
        }

        Assert.Equal(
            [[("q1", 3), ("q2", 1)], [("q3", 4)], [("q4", 2), ("q5", 1)]],
            await PagesAsync(limit: 10));
        Assert.Equal(
            [[("q1", 3)], [("q2", 1)], [("q3", 4)], [("q4", 2)], [("q5", 1)]],
            await PagesAsync(limit: 1));
        var alone = (await new QuoteQueries(Store, maxVariantsPerPage: 2).ListAsync(null, 1, new PageRequest(10, null), CancellationToken.None)).Items;
        Assert.Equal([("q1", 3)], alone.Select(q => (q.Id, q.Variants.Count)));
    }
}
