using Corpus.Storage.Articles;
using Corpus.Storage.Dedup;
using Corpus.Storage.Facts;
using Corpus.Storage.Statements;
using Corpus.Text.Statements;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace Corpus.Storage.Tests;

/// <summary>
/// What every <see cref="ICorpusStore"/> must do, run against each store: migrations (the corpus's and Orleans'),
/// de-duplicating inserts numbered in upload order, facts stored once, and the group commit grains write through.
/// </summary>
public abstract partial class StoreContract : StoreTests
{
    [SkippableFact]
    public async Task Migrating_again_changes_nothing_and_brings_the_Orleans_tables()
    {
        SkipIfUnavailable();
        await Store.MigrateAsync(CancellationToken.None);
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var versions = (await connection.QueryAsync<long>("SELECT version FROM schema_migrations")).ToList();
        Assert.Equal(versions.Distinct().Count(), versions.Count);
        Assert.Contains(1L, versions);
        Assert.Contains(await connection.QueryAsync<string>("SELECT QueryKey FROM OrleansQuery"), key => key == "WriteToStorageKey");
        Assert.True(await Store.IsReachableAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task An_article_is_stored_once_by_key_and_once_by_content()
    {
        SkipIfUnavailable();
        var first = await InsertAsync("u1", Article("a1", "k1", "h1"), Article("a2", "k2", "h1"), Article("a3", null, "h3"));
        var second = await InsertAsync("u2", Article("a4", "k1", "h4"), Article("a5", null, "h5"));
        Assert.Equal([true, false, true], first);
        Assert.Equal([false, true], second);
    }

    [SkippableFact]
    public async Task Arrivals_follow_the_order_upload_batches_commit_in_even_when_they_overlap()
    {
        SkipIfUnavailable();
        var early = await Store.BeginAsync(CancellationToken.None);
        await ArticleRows.InsertNewAsync(early, "u1", PackedArticle.AllOf([Article("e1", null, "he1"), Article("e2", null, "he2")]), 0, null, CancellationToken.None);
        var late = Task.Run(() => InsertAsync("u2", Article("l1", null, "hl1")));
        await Task.Delay(200);
        await early.CommitAsync(CancellationToken.None);
        await early.DisposeAsync();
        await late;

        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var unfinished = await ArticleRows.UnfinishedAsync(connection, long.MinValue, 10, CancellationToken.None);
        Assert.Equal(["e1", "e2", "l1"], unfinished.Select(a => a.Id));
        Assert.Equal(3, unfinished.Select(a => a.Arrival).Distinct().Count());
        Assert.Equal(["l1"], (await ArticleRows.UnfinishedAsync(connection, unfinished[1].Arrival, 10, CancellationToken.None)).Select(a => a.Id));
    }

    [SkippableFact]
    public async Task A_settled_article_is_a_near_copy_candidate_only_for_later_arrivals_and_its_facts_are_stored_once()
    {
        SkipIfUnavailable();
        await InsertAsync("u1", Article("a1", null, "h1"), Article("a2", null, "h2"));
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var rows = await ArticleRows.UnfinishedAsync(connection, long.MinValue, 10, CancellationToken.None);
        var statement = new StatementToStore("s1", "a1", 0, "src", "We will.", StatementKind.Direct, "said", 0, 8, "rule", 0.9, null);
        var mention = new StoredMention("a1", 0, "doe", rows[0].Arrival, "s1", "Jane Doe", "person", ["Doe"], ["Mayor"]);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await using var tx = await Store.BeginAsync(CancellationToken.None);
            await ArticleRows.SaveSettledAsync(tx, [SettledArticle.Of("a1", "T", null, "src", [], null, "We will.", null, duplicateOf: null)], CancellationToken.None);
            await StatementRows.AddAsync(tx, [statement], CancellationToken.None);
            await MentionRows.AddAsync(tx, [mention], CancellationToken.None);
            await ArticleParagraphRows.AddAsync(tx, [new ArticleParagraphs("a1", "src", rows[0].Arrival, [long.MinValue, 7], [7], Counted: true)], CancellationToken.None);
            if (attempt == 0)
            {
                await DedupBuckets.AddAsync(tx, [(rows[0].Arrival, (IEnumerable<long>)[11L, 12L])], rows[0].Arrival, CancellationToken.None);
            }
            await tx.CommitAsync(CancellationToken.None);
        }

        var candidates = await DedupBuckets.CandidatesAsync(
            connection, [new CandidateQuery(rows[1].Arrival, [12L, 99L]), new CandidateQuery(rows[0].Arrival - 1, [12L])], Limited(5), CancellationToken.None);
        Assert.Equal(["a1"], candidates[0].Select(c => c.Id));
        Assert.Empty(candidates[1]);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM statements"));
        var stored = Assert.Single(await MentionRows.LoadFamilyAsync(connection, "doe", after: null, CancellationToken.None));
        Assert.Equal((mention.ArticleId, mention.Arrival, mention.StatementId, mention.Name, mention.Kind), (stored.ArticleId, stored.Arrival, stored.StatementId, stored.Name, stored.Kind));
        Assert.Equal(["Doe"], stored.Aliases);
        Assert.Equal(["Mayor"], stored.Roles);
        var paragraphs = Assert.Single(await ArticleParagraphRows.LoadSourceAsync(connection, "src", CancellationToken.None));
        Assert.Equal([long.MinValue, 7L], paragraphs.Fingerprints);
        Assert.Equal(["a2"], (await ArticleRows.UnfinishedAsync(connection, long.MinValue, 10, CancellationToken.None)).Where(a => a.State == ArticleRows.Queued).Select(a => a.Id));
    }

    [SkippableFact]
    public async Task Settling_sets_the_outlet_date_and_copy_it_decided_whether_or_not_the_upload_gave_them()
    {
        SkipIfUnavailable();
        await InsertAsync("u1", Article("a1", null, "h1"), Article("a2", null, "h2"), Article("a3", null, "h3"));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await using var tx = await Store.BeginAsync(CancellationToken.None);
            await ArticleRows.SaveSettledAsync(
                tx,
                [
                    SettledArticle.Of("a1", "T1", null, "src", [], null, "One.", null, duplicateOf: null),
                    SettledArticle.Of("a2", "T2", "2024-05-01", "Harbour Daily", [], null, "Two.", null, duplicateOf: null),
                    SettledArticle.Of("a3", "T3", null, "src", [], null, "One.", null, duplicateOf: "a1"),
                ],
                CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        await using var connection = await Store.OpenAsync(CancellationToken.None);
        Assert.Equal(
            [("a1", "settled", "T1", null, "src", null), ("a2", "settled", "T2", "2024-05-01", "Harbour Daily", null), ("a3", "settled", "T3", null, "src", "a1")],
            await connection.QueryAsync<(string, string, string?, string?, string?, string?)>("SELECT id, state, title, published, source, duplicate_of FROM articles ORDER BY id"));
        Assert.Equal(["a3"], await connection.QueryAsync<string>("SELECT id FROM articles WHERE duplicate_of = 'a1'"));
        Assert.Equal(["a2"], await connection.QueryAsync<string>("SELECT id FROM articles WHERE source = 'Harbour Daily'"));
    }

    [SkippableFact]
    public async Task Facts_stored_before_they_were_keyed_by_arrival_load_the_same_after_and_are_still_stored_once()
    {
        SkipIfUnavailable();
        await using var old = await StoreAtVersionAsync(48);
        await using (var tx = await old.BeginAsync(CancellationToken.None))
        {
            await ArticleRows.InsertNewAsync(tx, "u1", PackedArticle.AllOf([Article("a1", null, "h1"), Article("a2", null, "h2")]), 0, null, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        IReadOnlyList<UnfinishedArticle> rows;
        await using (var connection = await old.OpenAsync(CancellationToken.None))
        {
            rows = await ArticleRows.UnfinishedAsync(connection, long.MinValue, 10, CancellationToken.None);
        }
        // Two articles with facts of the same ordinals: the key tells them apart by arrival.
        StoredMention[] mentions = [.. rows.Select(r => new StoredMention(r.Id, 0, "doe", r.Arrival, null, "Jane Doe", "person", ["Doe"], []))];
        StoredMeetingMention[] meetings = [.. rows.Select(r => new StoredMeetingMention(r.Id, 0, "council", r.Arrival, "{}"))];
        ArticleParagraphs[] paragraphs = [.. rows.Select(r => new ArticleParagraphs(r.Id, "src", r.Arrival, [r.Arrival], [], Counted: true))];
        await StoreFactsAsync(old, mentions[..1], meetings[..1], paragraphs[..1]);

        await old.MigrateAsync(CancellationToken.None);
        await using var reader = await old.OpenAsync(CancellationToken.None);
        Assert.Equal(rows.Take(1).Select(r => (r.Id, r.Arrival)), await FactsAsync());
        await StoreFactsAsync(old, mentions, meetings, paragraphs);
        await StoreFactsAsync(old, mentions, meetings, paragraphs);
        Assert.Equal(rows.Select(r => (r.Id, r.Arrival)), await FactsAsync());

        async Task<List<(string, long)>> FactsAsync()
        {
            var family = (await MentionRows.LoadFamilyAsync(reader, "doe", after: null, CancellationToken.None)).Select(m => (m.ArticleId, m.Arrival)).ToList();
            Assert.Equal(family, (await MeetingMentionRows.LoadGrainAsync(reader, "council", CancellationToken.None)).Select(m => (m.ArticleId, m.Arrival)));
            Assert.Equal(family, (await ArticleParagraphRows.LoadSourceAsync(reader, "src", CancellationToken.None)).Select(p => (p.ArticleId, p.Arrival)));
            return family;
        }

        static async Task StoreFactsAsync(ICorpusStore store, StoredMention[] mentions, StoredMeetingMention[] meetings, ArticleParagraphs[] paragraphs)
        {
            await using var tx = await store.BeginAsync(CancellationToken.None);
            await MentionRows.AddAsync(tx, mentions, CancellationToken.None);
            await MeetingMentionRows.AddAsync(tx, meetings, CancellationToken.None);
            await ArticleParagraphRows.AddAsync(tx, paragraphs, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
    }

    [SkippableFact]
    public async Task Writes_handed_in_together_commit_together_and_a_failing_one_fails_alone()
    {
        SkipIfUnavailable();
        await CreateScratchTableAsync("written_rows");
        await using (var writer = new StoreWriter(Store, parallelism: 1, NullLogger<StoreWriter>.Instance))
        {
            var writes = Enumerable.Range(0, 50).Select(i => writer.WriteAsync((tx, ct) =>
                MultiRowInsert.ExecuteAsync(tx, "written_rows (number, name)", [(long)i], b => [b, $"a{i}"], ct))).ToList();
            var failing = writer.WriteAsync((tx, ct) => tx.Connection.ExecuteAsync(new CommandDefinition("INSERT INTO no_such_table VALUES (1)", transaction: tx.Transaction, cancellationToken: ct)));
            await Task.WhenAll(writes);
            await Assert.ThrowsAnyAsync<Exception>(() => failing);
        }
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        Assert.Equal(50L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM written_rows"));
    }

    [SkippableFact]
    public async Task Multi_row_inserts_keep_extreme_integers_repeated_values_and_nulls()
    {
        SkipIfUnavailable();
        long[] numbers = [long.MinValue, -1, 0, long.MaxValue];
        await CreateScratchTableAsync("extreme_rows");
        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            await MultiRowInsert.ExecuteAsync(tx, "extreme_rows (number, name)", numbers, b => [b, "same name"], CancellationToken.None);
            await ArticleRows.InsertNewAsync(tx, "u1", PackedArticle.AllOf([Article("a1", null, "h1")]), 0, traceParent: null, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var stored = (await connection.QueryAsync<(long Number, string Name)>("SELECT number, name FROM extreme_rows ORDER BY number")).ToList();
        Assert.Equal(numbers.Select(b => (b, "same name")), stored);
        Assert.Null((await ArticleRows.UnfinishedAsync(connection, long.MinValue, 1, CancellationToken.None)).Single().TraceParent);
    }

    private async Task CreateScratchTableAsync(string name)
    {
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync($"CREATE TABLE {name} (number BIGINT NOT NULL, name TEXT NOT NULL)");
    }

    private static ArticleToStore Article(string id, string? key, string hash) => new(id, key, Hash(hash), "src", null, "t", null, "body " + hash, null);

    private async Task<bool[]> InsertAsync(string upload, params ArticleToStore[] articles)
    {
        await using var tx = await Store.BeginAsync(CancellationToken.None);
        var inserted = await ArticleRows.InsertNewAsync(tx, upload, PackedArticle.AllOf(articles), 0, null, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        return inserted;
    }
}
