using Corpus.Storage.Articles;
using Corpus.Storage.Meetings;
using Corpus.Storage.Speakers;
using Corpus.Storage.Statements;
using Corpus.Storage.Uploads;
using Corpus.Storage.Views;
using Corpus.TestSupport;
using Corpus.Text.Statements;
using Dapper;

namespace Corpus.Storage.Tests;

/// <summary>
/// The counts and search indexes the lists read are kept by the store itself as articles settle and statements are
/// attributed, moved and deleted, with no help from the grains.
/// </summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Kept_counts_follow_settling_attribution_moves_and_deletes()
    {
        SkipIfUnavailable();
        await SettleAsync(("a1", "Daily", "Harbour wall repairs"), ("a2", "Herald", "Harbour wall repairs again"), ("a3", "Herald", "Library opens"));
        await WriteAsync(async tx =>
        {
            await SpeakerRows.UpsertAsync(tx, [Speaker("sp-jane", "Jane Holloway", "Mayor Holloway"), Speaker("sp-john", "John Holloway")], CancellationToken.None);
            await StatementRows.AddAsync(tx, [Statement("s1", "a1", "Daily"), Statement("s2", "a2", "Herald"), Statement("s3", "a3", "Herald")], CancellationToken.None);
            await StatementLinks.SetAsync(tx, StatementLink.Speaker, [("s1", "sp-jane"), ("s2", "sp-jane"), ("s3", "sp-john")], CancellationToken.None);
        });
        Assert.Equal([("Daily", 1L, 1L), ("Herald", 2L, 2L)], await SourcesAsync());
        Assert.Equal([("Jane Holloway", 2L, 2L), ("John Holloway", 1L, 1L)], await SpeakersAsync(null));

        await WriteAsync(async tx =>
        {
            await StatementLinks.SetAsync(tx, StatementLink.Speaker, [("s2", "sp-john")], CancellationToken.None);
            await StatementRows.MoveAsync(tx, [], [], ["s3"], CancellationToken.None);
            await SpeakerRows.UpsertAsync(tx, [Speaker("sp-jane", "Jane Holloway-Smith", "Mayor Holloway")], CancellationToken.None);
        });
        Assert.Equal([("Daily", 1L, 1L), ("Herald", 2L, 1L)], await SourcesAsync());
        Assert.Equal([("Jane Holloway-Smith", 1L, 1L), ("John Holloway", 1L, 1L)], await SpeakersAsync(null));
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        Assert.Empty(await ViewCountsAudit.DisagreementsAsync(connection));
    }

    [SkippableFact]
    public async Task Names_and_articles_are_found_by_the_starts_of_their_words()
    {
        SkipIfUnavailable();
        await SettleAsync(("a1", "Daily", "Harbour wall repairs"), ("a2", "Herald", "Library opens"));
        await WriteAsync(tx => SpeakerRows.UpsertAsync(tx, [Speaker("sp-jane", "Jane Holloway", "Mayor Holloway"), Speaker("sp-peter", "Peter Vance")], CancellationToken.None));

        Assert.Equal(["Jane Holloway"], (await SpeakersAsync("hollo")).Select(s => s.Name));
        Assert.Equal(["Jane Holloway"], (await SpeakersAsync("MAYOR jan")).Select(s => s.Name));
        Assert.Empty(await SpeakersAsync("olloway"));
        Assert.Empty(await SpeakersAsync("jane vance"));
        Assert.Empty(await SpeakersAsync("\"*:&"));
        await WriteAsync(tx => SpeakerRows.UpsertAsync(tx, [Speaker("sp-peter", "Peter Vancouver")], CancellationToken.None));
        Assert.Equal(["Peter Vancouver"], (await SpeakersAsync("vancou")).Select(s => s.Name));

        var articles = new ArticleQueries(Store);
        var page = new PageRequest(PageRequest.MaxLimit, null);
        Assert.Equal(["a1"], (await articles.ListAsync(null, "harb REPAIR", page, CancellationToken.None)).Items.Select(a => a.Id));
        Assert.Equal(["a2"], (await articles.ListAsync("Herald", "the libr", page, CancellationToken.None)).Items.Select(a => a.Id));
        Assert.Empty((await articles.ListAsync(null, "arbour", page, CancellationToken.None)).Items);
    }

    [SkippableFact]
    public async Task An_article_search_pages_latest_uploaded_first_through_its_own_cursors()
    {
        SkipIfUnavailable();
        await SettleAsync(("a3", "Daily", "Harbour wall repairs"), ("a1", "Herald", "Harbour tour"), ("a2", "Daily", "Harbour fees rise"), ("a4", "Daily", "Library opens"));
        var articles = new ArticleQueries(Store);
        var seen = new List<string>();
        var page = new PageRequest(1, null);
        while (true)
        {
            var found = await articles.ListAsync(null, "harbour", page, CancellationToken.None);
            seen.AddRange(found.Items.Select(a => a.Id));
            if (found.Next is null)
            {
                break;
            }
            Assert.True(PageRequest.TryCreate(1, found.Next, out page, out _));
            Assert.True(ArticleQueries.CursorFits("harbour", page.After!));
            Assert.False(ArticleQueries.CursorFits(null, page.After!));
        }
        Assert.Equal(["a2", "a1", "a3"], seen);
        Assert.Equal(["a2", "a3"], (await articles.ListAsync("Daily", "harb", new PageRequest(10, null), CancellationToken.None)).Items.Select(a => a.Id));
        Assert.True(ArticleQueries.CursorFits(null, "a1"));
    }

    [SkippableFact]
    public async Task A_word_finds_every_word_it_starts_however_many_and_in_any_script()
    {
        SkipIfUnavailable();
        // More words starting "harbo" than a search spells out one by one, all in one article.
        var many = string.Join(' ', Enumerable.Range(0, 2100).Select(i => $"harbo{i:D4}"));
        await SettleAsync(
            ("a1", "Daily", "Harbour wall repairs"), ("a2", "Herald", "Harbours of the north"), ("a3", "Daily", "Harbourmaster retires"),
            ("a4", "Herald", "Zürich harboursides"), ("a5", "Daily", "Library opens"), ("a6", "Herald", many), ("a7", "Daily", "Harbinger 2024 budget"));
        var articles = new ArticleQueries(Store);
        async Task<List<string>> Found(string q) =>
            [.. (await articles.ListAsync(null, q, new PageRequest(PageRequest.MaxLimit, null), CancellationToken.None)).Items.Select(a => a.Id)];

        Assert.Equal(["a4", "a3", "a2", "a1"], await Found("harbour"));
        Assert.Equal(["a6", "a4", "a3", "a2", "a1"], await Found("harbo"));
        Assert.Equal(["a7", "a6", "a4", "a3", "a2", "a1"], await Found("harb"));
        Assert.Equal(["a6"], await Found("harbo2099"));
        Assert.Equal(["a4"], await Found("zür HARBOURS"));
        Assert.Equal(["a7"], await Found("harb 202"));
        Assert.Empty(await Found("harbour zebra"));
        Assert.Empty(await Found("zz"));
    }

    [SkippableFact]
    public async Task A_store_migrated_with_searchable_articles_still_pages_them_latest_uploaded_first()
    {
        SkipIfUnavailable();
        await using var old = await StoreAtVersionAsync(41);
        (string Id, string Title)[] stored = [("a3", "Harbour wall repairs"), ("a1", "Harbour tour"), ("a2", "Harbour fees rise")];
        await using (var tx = await old.BeginAsync(CancellationToken.None))
        {
            await ArticleRows.InsertNewAsync(
                tx, "u1", PackedArticle.AllOf([.. stored.Select(a => new ArticleToStore(a.Id, a.Id, Hash(a.Id), "Daily", null, a.Title, null, "raw " + a.Title, null))]), 0, null, CancellationToken.None);
            // Settled as version 41 settled them (copy sketches were kept in articles then).
            foreach (var (id, title) in stored)
            {
                await tx.Connection.ExecuteAsync(
                    "UPDATE articles SET state = 'settled', title = @title, source = 'Daily', clean_text_brotli = @clean WHERE id = @id",
                    new { id, title, clean = StoredText.CompressWithRaw(title + ".", null) },
                    tx.Transaction);
            }
            await tx.Dialect.StoreArticleWordsAsync(tx, [.. stored.Select(a => (a.Id, Search.Words.OfArticle(a.Title, a.Title + ".")))], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        await old.MigrateAsync(CancellationToken.None);

        var articles = new ArticleQueries(old);
        var first = await articles.ListAsync(null, "harbour", new PageRequest(2, null), CancellationToken.None);
        Assert.Equal(["a2", "a1"], first.Items.Select(a => a.Id));
        Assert.True(PageRequest.TryCreate(2, first.Next, out var next, out _));
        Assert.Equal(["a3"], (await articles.ListAsync(null, "harbour", next, CancellationToken.None)).Items.Select(a => a.Id));
    }

    [SkippableFact]
    public async Task An_uploads_processed_and_failed_counts_are_kept_through_migration_and_retried_passes()
    {
        SkipIfUnavailable();
        await using var old = await StoreAtVersionAsync(47);
        await WriteAsync(old, async tx =>
        {
            await UploadRows.SaveAsync(tx, "u1", new UploadTotals(3, 3, 0, 0), complete: true, 0, CancellationToken.None);
            await UploadRows.SaveAsync(tx, "u2", new UploadTotals(2, 2, 0, 0), complete: true, 0, CancellationToken.None);
            await ArticleRows.InsertNewAsync(tx, "u1", PackedArticle.AllOf([.. new[] { "a1", "a2", "a3" }.Select(Uploaded)]), 0, null, CancellationToken.None);
            await ArticleRows.InsertNewAsync(tx, "u2", PackedArticle.AllOf([.. new[] { "b1", "b2" }.Select(Uploaded)]), 0, null, CancellationToken.None);
            await ArticleRows.SaveSettledAsync(tx, [.. new[] { "a1", "b1", "b2" }.Select(Settled)], CancellationToken.None);
            await ArticleRows.MarkProcessedAsync(tx, ["a1", "b1"], 0, CancellationToken.None);
            await ArticleRows.MarkFailedAsync(tx, [("a2", "Unreadable.")], CancellationToken.None);
        });

        await old.MigrateAsync(CancellationToken.None);

        var uploads = new UploadQueries(old);
        Assert.Equal((1L, 1L, "processing"), Progress(await uploads.GetAsync("u1", CancellationToken.None)));
        Assert.Equal((1L, 0L, "processing"), Progress(await uploads.GetAsync("u2", CancellationToken.None)));
        // A pass is tried again after a failure: what it already did changes nothing.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await WriteAsync(old, async tx =>
            {
                await ArticleRows.MarkProcessedAsync(tx, ["a1", "b2"], 0, CancellationToken.None);
                await ArticleRows.MarkFailedAsync(tx, [("a2", "Unreadable."), ("a3", "Too long.")], CancellationToken.None);
            });
        }
        Assert.Equal((1L, 2L, "done"), Progress(await uploads.GetAsync("u1", CancellationToken.None)));
        Assert.Equal([(2L, 0L, "done"), (1L, 2L, "done")],
            (await uploads.ListAsync(new PageRequest(10, null), CancellationToken.None)).Items.Select(u => (u.Processed, u.Failed, u.State)));
        await using var connection = await old.OpenAsync(CancellationToken.None);
        Assert.Empty(await ViewCountsAudit.DisagreementsAsync(connection));

        static ArticleToStore Uploaded(string id) => new(id, id, Hash(id), "Daily", null, "Harbour " + id, null, "raw " + id, null);
        static SettledArticle Settled(string id) => SettledArticle.Of(id, "Harbour " + id, null, "Daily", [], null, $"Harbour {id}. The council met.", null, null);
        static (long, long, string) Progress(UploadView? upload) => (upload!.Processed, upload.Failed, upload.State);
    }

    private async Task SettleAsync(params (string Id, string Source, string Title)[] articles)
    {
        await InsertAsync("u1", [.. articles.Select(a => new ArticleToStore(a.Id, a.Id, Hash(a.Id), a.Source, null, a.Title, null, "raw " + a.Title, null))]);
        await WriteAsync(tx => ArticleRows.SaveSettledAsync(
            tx, [.. articles.Select(a => SettledArticle.Of(a.Id, a.Title, null, a.Source, [], null, $"{a.Title}. The council met on Monday.", null, null))], CancellationToken.None));
    }

    private Task WriteAsync(Func<StoreTransaction, Task> write) => WriteAsync(Store, write);

    private static async Task WriteAsync(ICorpusStore store, Func<StoreTransaction, Task> write)
    {
        await using var tx = await store.BeginAsync(CancellationToken.None);
        await write(tx);
        await tx.CommitAsync(CancellationToken.None);
    }

    private async Task<List<(string Name, long Articles, long Statements)>> SourcesAsync() =>
        [.. (await new SourceQueries(Store).ListAsync(new PageRequest(PageRequest.MaxLimit, null), CancellationToken.None)).Items
            .Select(s => (s.Name, s.ArticleCount, s.StatementCount))];

    [SkippableFact]
    public async Task A_bare_surname_in_a_meeting_is_the_family_speaker_named_first_in_upload_order()
    {
        SkipIfUnavailable();
        await SettleAsync(("a1", "Daily", "Harbour talks"));
        await WriteAsync(async tx =>
        {
            // Written in one commit, as two speakers of one pass are: only their first arrival tells them apart.
            await SpeakerRows.UpsertAsync(
                tx, [Speaker("sp-amy", "Amy Holloway", "Amy") with { FirstArrival = 7 }, Speaker("sp-zed", "Zed Holloway", "Zed") with { FirstArrival = 3 }], CancellationToken.None);
            await MeetingRows.UpsertAsync(
                tx, new MeetingState("m1", "holloway", "Harbour talks", "talks", "2019-05-01", null, false, [new("holloway", "Holloway")], 1), [("a1", "Daily")], 0, CancellationToken.None);
        });

        var meeting = await new MeetingQueries(Store).GetAsync("m1", CancellationToken.None);

        Assert.Equal(new SpeakerLink("sp-zed", "Zed Holloway"), Assert.Single(meeting!.Participants));
    }

    private async Task<List<(string Name, long Statements, long Sources)>> SpeakersAsync(string? q) =>
        [.. (await new SpeakerQueries(Store, new MeetingQueries(Store)).ListAsync(q, new PageRequest(PageRequest.MaxLimit, null), CancellationToken.None)).Items
            .Select(s => (s.Name, s.StatementCount, s.SourceCount)).Order()];

    private static SpeakerState Speaker(string id, string name, params string[] aliases) => new(id, "holloway", name, "person", [.. aliases], [], FirstArrival: 0);

    private static StatementToStore Statement(string id, string article, string source) =>
        new(id, article, long.Parse(id[1..]), source, "We will repair the harbour wall.", StatementKind.Direct, "said", 0, 10, "rule", 0.9, null);
}
