using Corpus.Storage.Articles;
using Corpus.Storage.Search;
using Corpus.Storage.Statements;
using Corpus.Storage.Uploads;
using Corpus.Storage.Views;
using Corpus.Text.Statements;
using Dapper;

namespace Corpus.Storage.Tests;

/// <summary>Stores made before the rows were made smaller (issue 19) read as they did, and take new rows as before.</summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task A_store_made_with_rule_and_kind_names_in_every_statement_reads_and_filters_them_and_numbers_new_rules()
    {
        SkipIfUnavailable();
        await using var old = await StoreAtVersionAsync(
            32,
            """
            INSERT INTO articles (id, content_hash, upload_id, state, received_at, arrival, title, clean_text_brotli) VALUES
            ('a1', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'u1', 'processed', 0, 1, 'Harbour', @text);
            INSERT INTO statements (id, article_id, ordinal, source, text, kind, cue, start_offset, end_offset, rule, confidence, mentioned_name) VALUES
            ('s1', 'a1', 0, 'Daily', 'We will repair the wall.', 'direct', 'said', 0, 24, 'quote-after-name', 0.5, 'Jane Holloway'),
            ('s2', 'a1', 1, 'Daily', 'the wall would be repaired', 'indirect', 'said', 25, 51, 'source-cue-clause/described-source', 0.6, NULL),
            ('s3', 'a1', 2, 'Daily', 'We start on Monday.', 'direct', 'said', 52, 71, 'quote-after-name', 0.5, NULL);
            """,
            new { text = StoredText.CompressWithRaw("We will repair the wall. The wall would be repaired. We start on Monday.", null) });

        await old.MigrateAsync(CancellationToken.None);

        Assert.Equal(
            [("s1", "quote-after-name", "direct", "Jane Holloway"), ("s2", "source-cue-clause/described-source", "indirect", null), ("s3", "quote-after-name", "direct", null)],
            await StatementRulesAsync(old, "a1"));
        await using (var tx = await old.BeginAsync(CancellationToken.None))
        {
            await StatementRows.AddAsync(
                tx,
                [
                    new StatementToStore("s4", "a1", 3, "Daily", "Later words.", StatementKind.Partial, "told", 72, 84, "learned-clause", 0.7, null),
                    new StatementToStore("s5", "a1", 4, "Daily", "More words.", StatementKind.Direct, "said", 85, 96, "quote-after-name", 0.5, null),
                ],
                CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        Assert.Equal(
            [("quote-after-name", "direct"), ("source-cue-clause/described-source", "indirect"), ("quote-after-name", "direct"), ("learned-clause", "partial"), ("quote-after-name", "direct")],
            (await StatementRulesAsync(old, "a1")).Select(s => (s.Rule, s.Kind)));
        foreach (var (kind, ids) in new[] { ("direct", new[] { "s1", "s3", "s5" }), ("indirect", ["s2"]), ("partial", ["s4"]) })
        {
            var found = await new StatementSearch(old).PageAsync(new StatementFilter(Kind: kind), new PageRequest(10, null), CancellationToken.None);
            Assert.Equal(ids, found.Items.Select(s => s.Id).Order(StringComparer.Ordinal));
        }
        await using var connection = await old.OpenAsync(CancellationToken.None);
        Assert.Equal(3, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM statement_rules"));
    }

    [SkippableFact]
    public async Task Processed_articles_drop_their_upload_trace_and_unfinished_ones_keep_it()
    {
        SkipIfUnavailable();
        await using var old = await StoreAtVersionAsync(
            33,
            """
            INSERT INTO articles (id, content_hash, upload_id, state, received_at, arrival, trace_parent) VALUES
            ('a1', @h1, 'u1', 'processed', 0, 1, '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'),
            ('a2', @h2, 'u1', 'settled', 0, 2, '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203332-01'),
            ('a3', @h3, 'u1', 'queued', 0, 3, '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203333-01')
            """,
            new { h1 = Hash("h1"), h2 = Hash("h2"), h3 = Hash("h3") });

        await old.MigrateAsync(CancellationToken.None);

        await using var connection = await old.OpenAsync(CancellationToken.None);
        Assert.Equal(
            [("a2", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203332-01"), ("a3", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203333-01")],
            (await ArticleRows.UnfinishedAsync(connection, long.MinValue, 10, CancellationToken.None)).Select(a => (a.Id, a.TraceParent)));
        await using (var tx = await old.BeginAsync(CancellationToken.None))
        {
            await ArticleRows.MarkProcessedAsync(tx, ["a2"], 5, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        Assert.Equal(["a3"], await connection.QueryAsync<string>("SELECT id FROM articles WHERE trace_parent IS NOT NULL"));
    }

    [SkippableFact]
    public async Task A_store_made_with_hex_hashes_tells_copies_and_keys_reused_for_other_content_as_before()
    {
        SkipIfUnavailable();
        var harbour = new ArticleToStore("a1", "k1", Hash("harbour text"), "Daily", "https://daily.example/1", "Harbour", null, "harbour text", null);
        await using var old = await StoreAtVersionAsync(
            34,
            """
            INSERT INTO articles (id, client_key, content_hash, upload_hash, upload_id, source, url, title, state, received_at, arrival) VALUES
            ('a1', 'k1', @harbour, @harbourUpload, 'u1', 'Daily', 'https://daily.example/1', 'Harbour', 'processed', 0, 1),
            ('a2', 'k2', @rail, NULL, 'u1', 'Daily', 'https://daily.example/2', 'Rail', 'processed', 0, 2)
            """,
            new { harbour = harbour.ContentHash, harbourUpload = UploadedContent.Hash(harbour), rail = Hash("rail text") });

        await old.MigrateAsync(CancellationToken.None);

        Assert.Equal(
            [UploadOutcome.Duplicate, UploadOutcome.Duplicate, UploadOutcome.Duplicate, UploadOutcome.Stored],
            await UploadAsync(
                old,
                harbour,
                harbour with { Id = "a3", ClientKey = "k3" },
                new ArticleToStore("a2", "k2", Hash("rail text"), "Daily", "https://daily.example/2", "Rail works, retitled", null, "rail text", null),
                new ArticleToStore("a4", "k4", Hash("library text"), "Daily", null, "Library", null, "library text", null)));
        Assert.Equal(
            [UploadOutcome.KeyHasOtherContent, UploadOutcome.KeyHasOtherContent],
            await UploadAsync(old, harbour with { ContentHash = Hash("other text"), RawText = "other text" }, harbour with { Title = "Other" }));
        await using var connection = await old.OpenAsync(CancellationToken.None);
        Assert.Equal(
            [("a1", 32L, 32L), ("a2", 32L, 0L), ("a4", 32L, 32L)],
            await connection.QueryAsync<(string, long, long)>("SELECT id, CAST(length(content_hash) AS BIGINT), CAST(COALESCE(length(upload_hash), 0) AS BIGINT) FROM articles ORDER BY id"));
    }

    private static async Task<UploadOutcome[]> UploadAsync(ICorpusStore store, params ArticleToStore[] articles)
    {
        await using var tx = await store.BeginAsync(CancellationToken.None);
        var outcomes = await UploadArticles.StoreAsync(tx, "u2", PackedArticle.AllOf(articles), 0, null, null, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        return outcomes;
    }

    private static async Task<List<(string Id, string Rule, string Kind, string? Speaker)>> StatementRulesAsync(ICorpusStore store, string articleId) =>
        [.. (await new ArticleQueries(store).GetAsync(articleId, CancellationToken.None))!.Statements.Select(s => (s.Id, s.Rule, s.Kind, s.Speaker?.Name))];
}
