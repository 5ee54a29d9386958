using Corpus.Storage.Articles;
using Corpus.Storage.Quotes;
using Corpus.Storage.Speakers;
using Corpus.Storage.Statements;
using Corpus.Storage.Views;
using Corpus.Text.Statements;

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
    public async Task A_quotes_variants_read_each_outlets_own_wording_as_its_canonical_wording_changes()
    {
        SkipIfUnavailable();
        await SettleAsync(("a1", "Daily", "The wall will hold"), ("a2", "Herald", "The wall will surely hold"));
        // An article without a source is an outlet of its own.
        await InsertAsync("u2", [new ArticleToStore("a3", "a3", Hash("a3"), null, null, "The wall will hold", null, "raw", null)]);
        await WriteAsync(tx => ArticleRows.SaveSettledAsync(
            tx, [SettledArticle.Of("a3", "The wall will hold", null, null, [], null, "The wall will hold. The council met on Monday.", null, null)], CancellationToken.None));
        (string Id, string Article, string? Source, string Text)[] said =
            [("s1", "a1", "Daily", "The wall will hold."), ("s2", "a2", "Herald", "The wall will surely hold."), ("s3", "a3", null, "The wall will hold.")];
        await WriteAsync(async tx =>
        {
            await StatementRows.AddAsync(
                tx, [.. said.Select(s => new StatementToStore(s.Id, s.Article, 0, s.Source, s.Text, StatementKind.Direct, "said", 0, s.Text.Length, "rule", 0.9, null, InCleanText: true))], CancellationToken.None);
            await SpeakerRows.UpsertAsync(tx, [Speaker("sp-jane", "Jane Holloway")], CancellationToken.None);
            await StatementLinks.SetAsync(tx, StatementLink.Speaker, [.. said.Select(s => (s.Id, "sp-jane"))], CancellationToken.None);
            await QuoteRows.UpsertAsync(tx, [new QuoteState("q1", "sp-jane", "The wall will hold.", 3)], 0, CancellationToken.None);
            await StatementLinks.SetQuotesAsync(tx, [.. said.Select(s => (s.Id, (string?)"q1", StatementTexts.WordingHash(s.Text)))], CancellationToken.None);
        });
        async Task<List<(string Statement, string Outlet, string Text, bool Canonical)>> VariantsAsync() =>
            [.. (await new QuoteQueries(Store).GetAsync("q1", CancellationToken.None))!.Variants.Select(v => (v.StatementId, v.Outlet, v.Text, v.Canonical))];

        Assert.Equal(
            [("s1", "Daily", "The wall will hold.", true), ("s2", "Herald", "The wall will surely hold.", false), ("s3", "a3", "The wall will hold.", true)],
            await VariantsAsync());

        // A fuller wording became canonical: the others are read from their articles now.
        await WriteAsync(tx => QuoteRows.UpsertAsync(tx, [new QuoteState("q1", "sp-jane", "The wall will surely hold.", 3)], 0, CancellationToken.None));
        Assert.Equal(
            [("s1", "Daily", "The wall will hold.", false), ("s2", "Herald", "The wall will surely hold.", true), ("s3", "a3", "The wall will hold.", false)],
            await VariantsAsync());
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
            await StatementLinks.SetQuotesAsync(tx, [.. links.Select(l => (l.Statement, (string?)l.Quote, 0L))], CancellationToken.None);
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
