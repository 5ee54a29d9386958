using Corpus.Grains.Articles;
using Corpus.Grains.Runtime;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Dedup;
using Corpus.Storage.Queue;
using Corpus.Text.Fingerprints;
using Dapper;
using Xunit;

namespace Corpus.Storage.Tests.Dedup;

/// <summary>The article grain's copy detection and settling, run against each store.</summary>
public abstract class ArticleDedupContract : StoreTests
{
    [SkippableFact]
    public async Task Near_duplicates_processed_in_concurrent_turns_form_one_group_under_the_first_uploaded_and_the_copy_adds_no_statements()
    {
        SkipIfUnavailable();
        var story = Story(seed: 1);
        var copy = "By Casey Reed, The Harbor Ledger\n\n" + story.Replace(" council ", " city council ", StringComparison.Ordinal) + "\n\nCopyright The Harbor Ledger.";
        var other = Story(seed: 2);
        await UploadAsync(("original", "Harbor Ledger", story), ("copy", "Valley Courier", copy), ("other", "Valley Courier", other));

        await RunConcurrentlyAsync(await LeaseAsync(), batchSize: 1);
        await ProcessAllAsync();

        var rows = await ArticlesAsync();
        Assert.Null(rows["original"].DuplicateOf);
        Assert.Equal("original", rows["copy"].DuplicateOf);
        Assert.Null(rows["other"].DuplicateOf);
        Assert.Equal("Valley Courier", rows["copy"].Source);
        Assert.Equal(0, await StatementCountAsync("copy"));
        Assert.True(await StatementCountAsync("original") > 0, "the canonical article keeps its statements");
    }

    [SkippableFact]
    public async Task Copies_taken_in_and_settled_in_shuffled_concurrent_batches_end_under_the_first_uploaded_of_each_story()
    {
        SkipIfUnavailable();
        var uploads = new List<(string Id, string Source, string Text)>();
        for (var story = 0; story < 6; story++)
        {
            var text = Story(seed: 100 + story);
            uploads.Add(($"s{story}-original", "A", text));
            uploads.Add(($"s{story}-syndicated", "B", "Published by The Northern Dispatch\n\n" + text + "\n\nAll rights reserved."));
            uploads.Add(($"s{story}-truncated", "C", string.Join("\n\n", text.Split("\n\n")[..5])));
        }
        await UploadAsync([.. uploads]);

        var random = new Random(5);
        for (var items = await LeaseAsync(); items.Count > 0; items = await LeaseAsync())
        {
            items.RemoveAll(i => i.Grain != ArticleGrain.KindName);
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
            await RunConcurrentlyAsync(items, batchSize: 2);
        }

        var rows = await ArticlesAsync();
        foreach (var family in rows.GroupBy(r => r.Key.Split('-')[0]))
        {
            Assert.Null(rows[$"{family.Key}-original"].DuplicateOf);
            Assert.All(family.Where(r => !r.Key.EndsWith("-original", StringComparison.Ordinal)), r => Assert.Equal($"{family.Key}-original", r.Value.DuplicateOf));
        }
    }

    [SkippableFact]
    public async Task A_copy_taken_in_before_the_original_that_was_uploaded_first_waits_for_it_and_points_to_it()
    {
        SkipIfUnavailable();
        var story = Story(seed: 6);
        await UploadAsync(("original", "A", story), ("copy", "B", "Copyright The Valley Courier\n\n" + story));
        var items = await LeaseAsync();
        await RunConcurrentlyAsync([.. items.Where(i => i.GrainKey == "copy")], batchSize: 1);

        Assert.Empty(await LeaseAsync());
        await RunConcurrentlyAsync([.. items.Where(i => i.GrainKey == "original")], batchSize: 1);
        await ProcessAllAsync();

        var rows = await ArticlesAsync();
        Assert.Null(rows["original"].DuplicateOf);
        Assert.Equal("original", rows["copy"].DuplicateOf);
        Assert.True(await StatementCountAsync("original") > 0);
        Assert.Equal(0, await StatementCountAsync("copy"));
    }

    [SkippableFact]
    public async Task An_article_processed_after_its_copy_points_to_the_earlier_one()
    {
        SkipIfUnavailable();
        var story = Story(seed: 3);
        await UploadAsync(("first", "A", story));
        await ProcessAllAsync();
        await UploadAsync(("truncated", "B", string.Join("\n\n", story.Split("\n\n")[..4])));
        await ProcessAllAsync();

        var rows = await ArticlesAsync();
        Assert.Null(rows["first"].DuplicateOf);
        Assert.Equal("first", rows["truncated"].DuplicateOf);
    }

    [SkippableFact]
    public async Task An_article_that_copies_two_stories_joins_the_earlier_and_both_keep_their_statements()
    {
        SkipIfUnavailable();
        var story = Story(seed: 4);
        var paragraphs = story.Split("\n\n");
        await UploadAsync(("a-lead", "A", string.Join("\n\n", paragraphs[..4])));
        await ProcessAllAsync();
        await UploadAsync(("b-tail", "B", string.Join("\n\n", paragraphs[4..])));
        await ProcessAllAsync();
        // The tail rarely shares a band with the whole story (it has another lead); make it a candidate as a band hit would.
        await using (var tx = await Store.BeginAsync([], Durability.Durable, CancellationToken.None))
        {
            await DedupBuckets.AddAsync(tx, [("b-tail", DuplicateFingerprinter.Default.Of(story).Buckets)], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        await UploadAsync(("c-whole", "C", story));
        await ProcessAllAsync();

        var rows = await ArticlesAsync();
        Assert.Null(rows["a-lead"].DuplicateOf);
        Assert.Null(rows["b-tail"].DuplicateOf);
        Assert.Equal("a-lead", rows["c-whole"].DuplicateOf);
        Assert.True(await StatementCountAsync("a-lead") > 0);
        Assert.True(await StatementCountAsync("b-tail") > 0);
        Assert.Equal(0, await StatementCountAsync("c-whole"));
    }

    [SkippableFact]
    public async Task Copies_settled_against_an_article_whose_settling_is_dead_lettered_are_taken_in_again_under_the_first_of_them()
    {
        SkipIfUnavailable();
        var story = Story(seed: 7);
        await UploadAsync(
            ("early", "A", Story(seed: 8)),
            ("original", "A", story),
            ("copy", "B", "Published by The Northern Dispatch\n\n" + story),
            ("second-copy", "C", story + "\n\nAll rights reserved."));
        var input = (await LeaseAsync()).ToDictionary(i => i.GrainKey);
        // The original is taken in while the earlier article still waits, so it is settled by a message of its own; the
        // copies, taken in after everything before them, settle at once against the original, not yet settled.
        await RunConcurrentlyAsync([input["original"]], batchSize: 1);
        await RunConcurrentlyAsync([input["early"]], batchSize: 1);
        await RunConcurrentlyAsync([input["copy"], input["second-copy"]], batchSize: 2);
        var before = await StatesAsync();
        Assert.Equal("original", before["copy"].DuplicateOf);
        Assert.Equal("original", before["second-copy"].DuplicateOf);
        var settling = Assert.Single(await LeaseAsync(), i => i.Grain == ArticleGrain.KindName);
        Assert.Equal("original", settling.GrainKey);

        // Its settling fails for the last time, as the queue worker handles it.
        const string reason = "InvalidOperationException: settling failed";
        Assert.True(await new WorkQueue(Store, TimeProvider.System).FailAsync(settling, "test", reason, maxAttempts: 1, CancellationToken.None));
        using (var metrics = new CorpusMetrics())
        {
            await new ArticleGrain(Store, metrics, TimeProvider.System).DeadLetteredAsync(settling, reason, CancellationToken.None);
        }
        await ProcessAllAsync();

        var states = await StatesAsync();
        Assert.Equal(ArticleRows.Failed, states["original"].State);
        Assert.Equal((ArticleRows.Processed, (string?)null), states["copy"]);
        Assert.Equal((ArticleRows.Processed, (string?)"copy"), states["second-copy"]);
        Assert.True(await StatementCountAsync("copy") > 0, "the new canonical article stores its statements");
        Assert.Equal(0, await StatementCountAsync("second-copy"));
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) - COUNT(DISTINCT bucket) FROM dedup_buckets WHERE article_id = 'copy'"));
    }

    private async Task<Dictionary<string, (string State, string? DuplicateOf)>> StatesAsync()
    {
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<(string Id, string State, string? DuplicateOf)>("SELECT id, state, duplicate_of FROM articles");
        return rows.ToDictionary(r => r.Id, r => (r.State, r.DuplicateOf));
    }

    private async Task<List<WorkItem>> LeaseAsync() =>
        [.. await new WorkQueue(Store, TimeProvider.System).LeaseAsync("test", 100, TimeSpan.FromMinutes(5), CancellationToken.None)];

    private async Task RunConcurrentlyAsync(List<WorkItem> items, int batchSize)
    {
        using var metrics = new CorpusMetrics();
        var grain = new ArticleGrain(Store, metrics, TimeProvider.System);
        var runner = new TurnRunner(Store, TimeProvider.System, metrics);
        await Task.WhenAll(items.Chunk(batchSize).Select(batch => Task.Run(() => runner.RunAsync(grain, batch, "test", CancellationToken.None))));
    }

    /// <summary>Takes in and settles everything queued; only article messages are run, the rest stays queued.</summary>
    private async Task ProcessAllAsync()
    {
        for (var items = await LeaseAsync(); items.Count > 0; items = await LeaseAsync())
        {
            await RunConcurrentlyAsync([.. items.Where(i => i.Grain == ArticleGrain.KindName)], batchSize: 100);
        }
    }

    private async Task UploadAsync(params (string Id, string Source, string Text)[] articles)
    {
        await using var tx = await Store.BeginAsync([], Durability.Durable, CancellationToken.None);
        var rows = articles.Select(a => new ArticleToStore(a.Id, a.Id, "hash-" + a.Id, a.Source, null, null, "2016-03-01", a.Text, null)).ToList();
        await ArticleRows.InsertNewAsync(tx, "upload", rows, 0, CancellationToken.None);
        await WorkQueue.EnqueueAsync(tx, rows.Select(r => new NewWorkItem(ArticleGrain.KindName, r.Id, "{}", Priority: WorkPriority.NewInput)), 0, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    private async Task<Dictionary<string, (string? DuplicateOf, string? Source)>> ArticlesAsync()
    {
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<(string Id, string? DuplicateOf, string? Source, string State)>("SELECT id, duplicate_of, source, state FROM articles");
        Assert.All(rows, r => Assert.Equal(ArticleRows.Processed, r.State));
        return rows.ToDictionary(r => r.Id, r => (r.DuplicateOf, r.Source));
    }

    private async Task<long> StatementCountAsync(string articleId)
    {
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM statements WHERE article_id = @articleId", new { articleId });
    }

    /// <summary>A made-up news story of eight paragraphs, each with a quote, different for each seed.</summary>
    private static string Story(int seed)
    {
        var random = new Random(seed);
        string[] names = ["Maria Lopez", "Tom Becker", "Ana Silva", "Peter Novak", "Grace Kim", "Omar Haddad"];
        string[] subjects = ["the council", "the mayor", "the budget office", "the union", "the school board", "the transit agency"];
        string[] verbs = ["approved", "rejected", "delayed", "questioned", "expanded", "cut"];
        string[] objects = ["a plan for new bus lanes", "the housing levy", "funding for the library", "a study of flood defenses", "the police overtime budget", "a tax on empty homes"];
        var paragraphs = Enumerable.Range(0, 8).Select(p =>
        {
            var sentences = Enumerable.Range(0, 3).Select(_ =>
                $"On day {random.Next(1, 500)} {subjects[random.Next(subjects.Length)]} {verbs[random.Next(verbs.Length)]} {objects[random.Next(objects.Length)]} after {random.Next(2, 90)} hours of debate.");
            var quote = $"\"We {verbs[random.Next(verbs.Length)]} {objects[random.Next(objects.Length)]} because voters asked for it {random.Next(1000)} times,\" said {names[random.Next(names.Length)]}.";
            return string.Join(' ', sentences) + " " + quote;
        });
        return string.Join("\n\n", paragraphs);
    }
}
