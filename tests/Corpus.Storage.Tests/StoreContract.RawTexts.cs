using Corpus.Storage.Articles;
using Dapper;

namespace Corpus.Storage.Tests;

public abstract partial class StoreContract
{
    private static readonly string LongText = string.Concat(Enumerable.Repeat("Zoë Ångström said „we will not wait“ on Tuesday; the mayor did not answer. ", 60));

    [SkippableFact]
    public async Task Raw_texts_are_stored_compressed_and_read_back_as_uploaded()
    {
        SkipIfUnavailable();
        await InsertAsync("u1", Article("a1", null, "h1") with { RawText = LongText, RawHtml = "<p>" + LongText + "</p>" }, Article("a2", null, "h2") with { RawText = "", RawHtml = null });

        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var first = await ArticleRows.LoadAsync(connection, "a1", CancellationToken.None);
        var second = await ArticleRows.LoadAsync(connection, "a2", CancellationToken.None);
        Assert.Equal<(string?, string?)>((LongText, "<p>" + LongText + "</p>"), (first!.RawText(), first.RawHtml()));
        Assert.Equal<(string?, string?)>(("", null), (second!.RawText(), second.RawHtml()));
        var storedBytes = await connection.ExecuteScalarAsync<long>("SELECT length(raw_text_brotli) FROM articles WHERE id = 'a1'");
        Assert.InRange(storedBytes, 1, System.Text.Encoding.UTF8.GetByteCount(LongText) / 4);
    }

    [SkippableFact]
    public async Task A_store_migrated_from_uncompressed_raw_texts_reads_them_as_uploaded()
    {
        SkipIfUnavailable();
        await using var old = await StoreAtVersionAsync(
            18,
                """
                INSERT INTO articles (id, content_hash, upload_id, state, received_at, arrival, raw_text, raw_html)
                VALUES ('a1', @h1, 'u1', 'processed', 0, 1, @text, NULL), ('a2', @h2, 'u1', 'queued', 0, 2, NULL, @html)
                """,
            new { text = LongText, html = "<p>" + LongText + "</p>", h1 = Hash("h1"), h2 = Hash("h2") });

        await old.MigrateAsync(CancellationToken.None);

        await using var migrated = await old.OpenAsync(CancellationToken.None);
        var first = await ArticleRows.LoadAsync(migrated, "a1", CancellationToken.None);
        var second = await ArticleRows.LoadAsync(migrated, "a2", CancellationToken.None);
        Assert.Equal<(string?, string?)>((LongText, null), (first!.RawText(), first.RawHtml()));
        Assert.Equal<(string?, string?)>((null, "<p>" + LongText + "</p>"), (second!.RawText(), second.RawHtml()));
    }

    [SkippableFact]
    public async Task A_store_migrated_from_raw_texts_stored_first_reads_the_same_texts_with_clean_texts_first()
    {
        SkipIfUnavailable();
        await using var old = await StoreAtVersionAsync(
            38,
                """
                INSERT INTO articles (id, content_hash, upload_id, state, received_at, arrival, clean_text_brotli, analyzed_text_brotli)
                VALUES ('a1', @h1, 'u1', 'processed', 0, 1, @clean1, NULL), ('a2', @h2, 'u1', 'processed', 0, 2, @clean2, @analyzed2)
                """,
            new
            {
                h1 = Convert.FromHexString(Hash("h1")),
                h2 = Convert.FromHexString(Hash("h2")),
                clean1 = StoredTextTests.RawFirst("Menu\n" + LongText, LongText),
                clean2 = StoredTextTests.RawFirst(null, "The ferry sails at noon."),
                analyzed2 = StoredTextTests.RawFirst("<p>The ferry sails at noon. Share</p>", "The ferry sails at noon. Share"),
            });

        await old.MigrateAsync(CancellationToken.None);

        await using var migrated = await old.OpenAsync(CancellationToken.None);
        var streams = (await migrated.QueryAsync<(string Id, byte[] Clean, byte[]? Analyzed)>("SELECT id, clean_text_brotli, analyzed_text_brotli FROM articles ORDER BY id")).ToList();
        Assert.All(streams, s => Assert.True(StoredText.HoldsCleanFirst(s.Clean) && (s.Analyzed is null || StoredText.HoldsCleanFirst(s.Analyzed))));
        Assert.Equal(
            [("a1", LongText, "Menu\n" + LongText, null, null), ("a2", "The ferry sails at noon.", null, "The ferry sails at noon. Share", "<p>The ferry sails at noon. Share</p>")],
            streams.Select(s => (s.Id, StoredText.DecompressClean(s.Clean), StoredText.DecompressRaw(s.Clean), StoredText.DecompressClean(s.Analyzed), StoredText.DecompressRaw(s.Analyzed))));
        Assert.Equal("Menu\n" + LongText, (await ArticleRows.LoadAsync(migrated, "a1", CancellationToken.None))!.RawText());
    }
}
