using Corpus.Storage.Articles;
using Corpus.Storage.Dedup;
using Corpus.Storage.Views;
using Dapper;

namespace Corpus.Storage.Tests;

public abstract partial class StoreContract
{
    private const string Harbour = "Zoë Ångström of the Über-harbour trust said the dredgers would start on Tuesday. ";

    private Task<IEnumerable<string>> ArticlesFoundAsync(string q) =>
        new ArticleQueries(Store).ListAsync(null, q, new PageRequest(10, null), CancellationToken.None)
            .ContinueWith(t => t.Result.Items.Select(a => a.Id));

    private static async Task<string?> RawTextAsync(System.Data.Common.DbConnection connection, string id) =>
        (await ArticleRows.LoadAsync(connection, id, CancellationToken.None))!.RawText();

    [SkippableFact]
    public async Task A_clean_text_is_stored_compressed_with_the_raw_text_read_back_whole_and_found_by_its_words_until_replaced()
    {
        SkipIfUnavailable();
        var text = string.Concat(Enumerable.Repeat(Harbour, 40)) + "Subscribe for ten dollars a month.";
        var raw = "Home | News | Sport\n" + text.Replace(". ", ".\n\n", StringComparison.Ordinal) + "\n© Gazette";
        await InsertAsync("u1", Article("a1", null, "h1") with { RawText = raw }, Article("a2", null, "h2"));
        await WriteAsync(tx => ArticleRows.SaveSettledAsync(
            tx, [SettledArticle.Of("a1", "Dredging begins", null, "Gazette", [], raw, text, null, null)], CancellationToken.None));

        await using (var connection = await Store.OpenAsync(CancellationToken.None))
        {
            Assert.Equal(("Dredging begins", text), await ArticleRows.LoadCleanTextAsync(connection, "a1", CancellationToken.None));
            Assert.Null(await ArticleRows.LoadCleanTextAsync(connection, "a2", CancellationToken.None));
            Assert.Equal(text, (await ArticleRows.LoadIndexedTextsAsync(connection, ["a1"], CancellationToken.None))["a1"]);
            Assert.Equal(raw, await RawTextAsync(connection, "a1"));
            Assert.Equal("body h2", await RawTextAsync(connection, "a2"));
            // The raw text is kept once, in the clean text's stream, where it costs little more than the clean text.
            var stored = await connection.QuerySingleAsync<(long? Raw, long Clean)>("SELECT length(raw_text_brotli), length(clean_text_brotli) FROM articles WHERE id = 'a1'");
            Assert.Null(stored.Raw);
            Assert.InRange(stored.Clean, 1, System.Text.Encoding.UTF8.GetByteCount(text) / 4);
        }
        Assert.Equal(text, (await new ArticleQueries(Store).GetAsync("a1", CancellationToken.None))!.Text);
        foreach (var q in new[] { "dredg", "ZOË ångström", "über harbour", "subscribe" })
        {
            Assert.Equal(["a1"], await ArticlesFoundAsync(q));
        }
        Assert.Empty(await ArticlesFoundAsync("dredgers monday"));

        var shorter = string.Concat(Enumerable.Repeat(Harbour, 40));
        await WriteAsync(tx => ArticleRows.SetCleanTextAsync(
            tx, "a1", StoredText.CompressWithRaw(shorter, null), Search.Words.OfArticle("Dredging begins", shorter), CancellationToken.None));

        Assert.Empty(await ArticlesFoundAsync("subscribe"));
        Assert.Equal(["a1"], await ArticlesFoundAsync("begins dredgers"));
        await using (var connection = await Store.OpenAsync(CancellationToken.None))
        {
            Assert.Equal(("Dredging begins", shorter), await ArticleRows.LoadCleanTextAsync(connection, "a1", CancellationToken.None));
            Assert.Equal(text, (await ArticleRows.LoadIndexedTextsAsync(connection, ["a1"], CancellationToken.None))["a1"]);
            Assert.Equal(raw, await RawTextAsync(connection, "a1"));
        }
    }

    [SkippableFact]
    public async Task A_store_migrated_from_uncompressed_clean_texts_reads_and_finds_them()
    {
        SkipIfUnavailable();
        await using var old = await StoreAtVersionAsync(
            28,
                """
                INSERT INTO articles (id, content_hash, upload_id, state, received_at, arrival, title, clean_text, analyzed_text, raw_text_brotli) VALUES
                ('a1', @h1, 'u1', 'processed', 0, 1, 'Dredging begins', @text, @analyzed, @raw1),
                ('a2', @h2, 'u1', 'settled', 0, 2, 'Library hours', 'The library stays open late.', NULL, @raw2),
                ('a3', @h3, 'u1', 'queued', 0, 3, 'Rail works', NULL, NULL, @raw3)
                """,
            new
            {
                text = Harbour,
                analyzed = Harbour + "Subscribe for ten dollars a month.",
                raw1 = StoredText.Compress("Dredging begins\n\n" + Harbour + "Subscribe for ten dollars a month."),
                raw2 = StoredText.Compress("Library hours\n\nThe library stays open late."),
                raw3 = StoredText.Compress("Rail works\n\nThe line closes for a week."),
                h1 = Hash("h1"),
                h2 = Hash("h2"),
                h3 = Hash("h3"),
            });

        await old.MigrateAsync(CancellationToken.None);

        await using var migrated = await old.OpenAsync(CancellationToken.None);
        Assert.Equal(("Dredging begins", Harbour), await ArticleRows.LoadCleanTextAsync(migrated, "a1", CancellationToken.None));
        Assert.Equal(Harbour + "Subscribe for ten dollars a month.", (await ArticleRows.LoadIndexedTextsAsync(migrated, ["a1"], CancellationToken.None))["a1"]);
        Assert.Equal(
            [("a1", Harbour + "Subscribe for ten dollars a month."), ("a2", "The library stays open late.")],
            (await DedupBuckets.UnindexedAsync(migrated, CancellationToken.None)).Select(a => (a.Id, a.Text)));
        var articles = new ArticleQueries(old);
        Assert.Equal(["a1"], (await articles.ListAsync(null, "ångström dredging", new PageRequest(10, null), CancellationToken.None)).Items.Select(a => a.Id));
        Assert.Equal(["a2"], (await articles.ListAsync(null, "library", new PageRequest(10, null), CancellationToken.None)).Items.Select(a => a.Id));
        Assert.Empty((await articles.ListAsync(null, "subscribe", new PageRequest(10, null), CancellationToken.None)).Items);
        Assert.Equal("Dredging begins\n\n" + Harbour + "Subscribe for ten dollars a month.", await RawTextAsync(migrated, "a1"));
        Assert.Equal("Library hours\n\nThe library stays open late.", await RawTextAsync(migrated, "a2"));
        Assert.Equal("Rail works\n\nThe line closes for a week.", await RawTextAsync(migrated, "a3"));
        Assert.Equal(1, await migrated.ExecuteScalarAsync<long>("SELECT count(*) FROM articles WHERE raw_text_brotli IS NOT NULL"));
    }
}
