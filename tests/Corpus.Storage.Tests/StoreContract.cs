using Corpus.Storage.Articles;
using Corpus.Storage.Queue;
using Corpus.Storage.Sources;
using Dapper;

namespace Corpus.Storage.Tests;

/// <summary>
/// What every <see cref="ICorpusStore"/> must do, run against each store: migrations, turn locks, the leased queue
/// (expiry, no double lease, bounded retries, dead letters) and de-duplicating inserts.
/// </summary>
public abstract class StoreContract : StoreTests
{
    private readonly ManualClock _clock = new();

    /// <summary>Whether turns on unrelated keys can hold their transactions at the same time.</summary>
    protected abstract bool TurnsOnOtherKeysRunConcurrently { get; }

    private WorkQueue Queue => new(Store, _clock);

    [SkippableFact]
    public async Task Migrating_again_changes_nothing()
    {
        SkipIfUnavailable();
        await Store.MigrateAsync(CancellationToken.None);
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var versions = (await connection.QueryAsync<long>("SELECT version FROM schema_migrations")).ToList();
        Assert.Equal(versions.Distinct().Count(), versions.Count);
        Assert.Contains(1L, versions);
        Assert.True(await Store.IsReachableAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_leased_item_is_not_leased_again_until_its_lease_expires()
    {
        SkipIfUnavailable();
        await EnqueueAsync(3);
        var first = await Queue.LeaseAsync("a", 10, TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Equal(3, first.Count);
        Assert.Equal(first.OrderBy(i => i.Id).Select(i => i.Id), first.Select(i => i.Id));
        Assert.All(first, i => Assert.Equal(1, i.Attempts));
        Assert.Empty(await Queue.LeaseAsync("b", 10, TimeSpan.FromSeconds(30), CancellationToken.None));

        _clock.Advance(TimeSpan.FromSeconds(31));
        var again = await Queue.LeaseAsync("b", 10, TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Equal(first.Select(i => i.Id), again.Select(i => i.Id));
        Assert.All(again, i => Assert.Equal(2, i.Attempts));
    }

    [SkippableFact]
    public async Task Completing_an_item_whose_lease_another_worker_took_rolls_the_turn_back()
    {
        SkipIfUnavailable();
        await EnqueueAsync(1);
        var mine = (await Queue.LeaseAsync("slow", 1, TimeSpan.FromSeconds(5), CancellationToken.None)).Single();
        _clock.Advance(TimeSpan.FromSeconds(6));
        var theirs = (await Queue.LeaseAsync("fast", 1, TimeSpan.FromSeconds(5), CancellationToken.None)).Single();
        Assert.Equal(mine.Id, theirs.Id);

        await using (var tx = await Store.BeginAsync([], CancellationToken.None))
        {
            await Assert.ThrowsAsync<LeaseLostException>(() => WorkQueue.CompleteAsync(tx, [mine], "slow", CancellationToken.None));
        }
        await using (var tx = await Store.BeginAsync([], CancellationToken.None))
        {
            await WorkQueue.CompleteAsync(tx, [theirs], "fast", CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        Assert.Equal(new QueueStats(0, 0, 0, 0), await Queue.StatsAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_failing_item_is_retried_then_dead_lettered_with_its_reason()
    {
        SkipIfUnavailable();
        await EnqueueAsync(1);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var item = (await Queue.LeaseAsync("w", 1, TimeSpan.FromSeconds(30), CancellationToken.None)).Single();
            Assert.Equal(attempt, item.Attempts);
            var dead = await Queue.FailAsync(item, "w", $"broken {attempt}", maxAttempts: 3, CancellationToken.None);
            Assert.Equal(attempt == 3, dead);
        }
        Assert.Empty(await Queue.LeaseAsync("w", 1, TimeSpan.FromSeconds(30), CancellationToken.None));
        var stats = await Queue.StatsAsync(CancellationToken.None);
        Assert.Equal((0L, 0L, 1L), (stats.Ready, stats.Leased, stats.Dead));
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        Assert.Equal("broken 3", await connection.ExecuteScalarAsync<string>("SELECT last_error FROM work_items WHERE state = 'dead'"));
    }

    [SkippableFact]
    public async Task Concurrent_workers_never_lease_the_same_item()
    {
        SkipIfUnavailable();
        await EnqueueAsync(400);
        var leased = await Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (await Queue.LeaseAsync($"w{w}", 7, TimeSpan.FromMinutes(5), CancellationToken.None) is { Count: > 0 } items)
            {
                mine.AddRange(items.Select(i => i.Id));
            }
            return mine;
        })));
        var all = leased.SelectMany(ids => ids).ToList();
        Assert.Equal(400, all.Count);
        Assert.Equal(400, all.Distinct().Count());
    }

    [SkippableFact]
    public async Task Messages_for_a_key_another_worker_holds_wait_until_its_lease_ends()
    {
        SkipIfUnavailable();
        await using (var tx = await Store.BeginAsync([], CancellationToken.None))
        {
            await WorkQueue.EnqueueAsync(tx, [new NewWorkItem("speaker", "busy", "{}"), new NewWorkItem("speaker", "idle", "{}"), new NewWorkItem("source", "busy", "{}")], 0, CancellationToken.None);
            await WorkQueue.EnqueueAsync(tx, [new NewWorkItem("speaker", "busy", "{}")], 0, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        var first = (await Queue.LeaseAsync("a", 1, TimeSpan.FromSeconds(30), CancellationToken.None)).Single();
        Assert.Equal(("speaker", "busy"), (first.Grain, first.GrainKey));

        // The second "busy" speaker message waits for worker a; the same key of another grain kind does not.
        var second = await Queue.LeaseAsync("b", 10, TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Equal([("speaker", "idle"), ("source", "busy")], second.Select(i => (i.Grain, i.GrainKey)));
        Assert.Empty(await Queue.LeaseAsync("b", 10, TimeSpan.FromSeconds(30), CancellationToken.None));

        await using (var tx = await Store.BeginAsync([], CancellationToken.None))
        {
            await WorkQueue.CompleteAsync(tx, [first], "a", CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        Assert.Equal([("speaker", "busy")], (await Queue.LeaseAsync("b", 10, TimeSpan.FromSeconds(30), CancellationToken.None)).Select(i => (i.Grain, i.GrainKey)));
    }

    [SkippableFact]
    public async Task Multi_row_inserts_keep_extreme_integers_repeated_values_and_nulls()
    {
        SkipIfUnavailable();
        long[] buckets = [long.MinValue, -1, 0, long.MaxValue];
        await using (var tx = await Store.BeginAsync([], CancellationToken.None))
        {
            await MultiRowInsert.ExecuteAsync(tx, "dedup_buckets (bucket, article_id)", buckets, b => [b, "same article"], CancellationToken.None);
            await WorkQueue.EnqueueAsync(tx, [new NewWorkItem("article", "k", "{}", TraceParent: null)], 0, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var stored = (await connection.QueryAsync<(long Bucket, string Article)>("SELECT bucket, article_id FROM dedup_buckets ORDER BY bucket")).ToList();
        Assert.Equal(buckets.Select(b => (b, "same article")), stored);
        Assert.Null((await Queue.LeaseAsync("w", 1, TimeSpan.FromSeconds(30), CancellationToken.None)).Single().TraceParent);
    }

    [SkippableFact]
    public async Task Queue_stats_count_states_and_the_oldest_waiting_item()
    {
        SkipIfUnavailable();
        await EnqueueAsync(2);
        var enqueuedAt = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        _clock.Advance(TimeSpan.FromSeconds(1));
        await EnqueueAsync(1);
        await Queue.LeaseAsync("w", 1, TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Equal(new QueueStats(2, 1, 0, enqueuedAt), await Queue.StatsAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_turn_on_a_key_waits_for_the_turn_holding_it()
    {
        SkipIfUnavailable();
        var first = await Store.BeginAsync(["speaker:x", "speaker:y"], CancellationToken.None);
        var second = Store.BeginAsync(["speaker:y"], CancellationToken.None);
        await Task.Delay(300);
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await using var acquired = await second.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [SkippableFact]
    public async Task Turns_on_other_keys_do_not_wait()
    {
        SkipIfUnavailable();
        Skip.IfNot(TurnsOnOtherKeysRunConcurrently, "This store runs one write transaction at a time.");
        await using var first = await Store.BeginAsync(["speaker:x"], CancellationToken.None);
        await using var second = await Store.BeginAsync(["speaker:z"], CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [SkippableFact]
    public async Task Turns_naming_the_same_keys_in_any_order_do_not_deadlock()
    {
        SkipIfUnavailable();
        string[] keys = ["meeting:a", "meeting:b", "meeting:c", "meeting:d"];
        var counter = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(async () =>
        {
            var random = new Random(t);
            for (var i = 0; i < 15; i++)
            {
                var wanted = keys.OrderBy(_ => random.Next()).Take(random.Next(2, 5)).ToList();
                await using var tx = await Store.BeginAsync(wanted, CancellationToken.None);
                Interlocked.Increment(ref counter);
                await tx.CommitAsync(CancellationToken.None);
            }
        }))).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(120, counter);
    }

    [SkippableFact]
    public async Task A_turn_that_is_not_committed_leaves_nothing()
    {
        SkipIfUnavailable();
        await using (var tx = await Store.BeginAsync(["article:1"], CancellationToken.None))
        {
            await WorkQueue.EnqueueAsync(tx, [new NewWorkItem("article", "1", "{}")], 0, CancellationToken.None);
        }
        Assert.Equal(new QueueStats(0, 0, 0, 0), await Queue.StatsAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task Queued_items_keep_their_trace_parent()
    {
        SkipIfUnavailable();
        const string traceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        await using (var tx = await Store.BeginAsync([], CancellationToken.None))
        {
            await WorkQueue.EnqueueAsync(tx, [new NewWorkItem("article", "1", "{}", traceParent)], 0, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        Assert.Equal(traceParent, (await Queue.LeaseAsync("w", 1, TimeSpan.FromSeconds(30), CancellationToken.None)).Single().TraceParent);
    }

    [SkippableFact]
    public async Task Follow_up_messages_are_leased_before_new_input_queued_earlier()
    {
        SkipIfUnavailable();
        await using (var tx = await Store.BeginAsync([], CancellationToken.None))
        {
            await WorkQueue.EnqueueAsync(tx, [new NewWorkItem("article", "a1", "{}", Priority: WorkPriority.NewInput), new NewWorkItem("article", "a2", "{}", Priority: WorkPriority.NewInput)], 0, CancellationToken.None);
            await WorkQueue.EnqueueAsync(tx, [new NewWorkItem("source", "s1", "{}")], 0, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        var leased = await Queue.LeaseAsync("w", 2, TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Equal(["a1", "s1"], leased.Select(i => i.GrainKey).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task A_message_sent_after_an_input_waits_until_every_earlier_input_has_had_its_turn()
    {
        SkipIfUnavailable();
        await using (var tx = await Store.BeginAsync([], CancellationToken.None))
        {
            await WorkQueue.EnqueueAsync(tx, [new NewWorkItem("article", "a1", "{}", Priority: WorkPriority.NewInput), new NewWorkItem("article", "a2", "{}", Priority: WorkPriority.NewInput)], 0, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        var inputs = await Queue.LeaseAsync("w", 2, TimeSpan.FromSeconds(30), CancellationToken.None);
        var (a1, a2) = (inputs.Single(i => i.GrainKey == "a1"), inputs.Single(i => i.GrainKey == "a2"));
        await using (var tx = await Store.BeginAsync([], CancellationToken.None))
        {
            await WorkQueue.CompleteAsync(tx, [a2], "w", CancellationToken.None);
            await WorkQueue.EnqueueAsync(tx, [new NewWorkItem("article", "a2", "{\"settle\":1}", AfterInput: a2.Id), new NewWorkItem("source", "s1", "{}")], 0, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        // a1, queued before a2, is still leased (by "w"): only the message that does not wait is handed out.
        Assert.Equal(["s1"], (await Queue.LeaseAsync("v", 10, TimeSpan.FromSeconds(30), CancellationToken.None)).Select(i => i.GrainKey));
        // Waiting, it still counts as work to do, so that a queue showing nothing ready or leased is done.
        Assert.Equal(1L, (await Queue.StatsAsync(CancellationToken.None)).Ready);
        var dead = await Queue.FailAsync(a1, "w", "broken", maxAttempts: 1, CancellationToken.None);

        Assert.True(dead);
        Assert.Equal(["a2"], (await Queue.LeaseAsync("v", 10, TimeSpan.FromSeconds(30), CancellationToken.None)).Select(i => i.GrainKey));
    }

    [SkippableFact]
    public async Task An_article_is_stored_once_by_key_and_once_by_content()
    {
        SkipIfUnavailable();
        ArticleToStore Article(string id, string? key, string hash) => new(id, key, hash, "src", null, "t", null, "body " + hash, null);
        bool[] first, second;
        await using (var tx = await Store.BeginAsync([], CancellationToken.None))
        {
            first = await ArticleRows.InsertNewAsync(tx, "u1", [Article("a1", "k1", "h1"), Article("a2", "k2", "h1"), Article("a3", null, "h3")], 0, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        await using (var tx = await Store.BeginAsync([], CancellationToken.None))
        {
            second = await ArticleRows.InsertNewAsync(tx, "u2", [Article("a4", "k1", "h4"), Article("a5", null, "h5")], 0, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        Assert.Equal([true, false, true], first);
        Assert.Equal([false, true], second);
    }

    [SkippableFact]
    public async Task Outlet_paragraph_counts_round_trip_per_source()
    {
        SkipIfUnavailable();
        await using (var tx = await Store.BeginAsync([], CancellationToken.None))
        {
            await SourceParagraphRows.SaveAsync(tx, "Gazette", [new SourceParagraph(-7, 2, ["a1", "a2"]), new SourceParagraph(9, 3, [])], CancellationToken.None);
            await SourceParagraphRows.SaveAsync(tx, "Courier", [new SourceParagraph(-7, 1, ["c1"])], CancellationToken.None);
            await SourceParagraphRows.SaveAsync(tx, "Gazette", [new SourceParagraph(-7, 3, [])], CancellationToken.None);
            var gazette = await SourceParagraphRows.LoadAsync(tx, "Gazette", [-7, 9, 11], CancellationToken.None);
            Assert.Equal([-7L, 9L], gazette.Keys.Order());
            Assert.Equal(3, gazette[-7].Articles);
            Assert.Empty(gazette[-7].Pending);
            Assert.Equal(["c1"], (await SourceParagraphRows.LoadAsync(tx, "Courier", [-7], CancellationToken.None))[-7].Pending);
            await tx.CommitAsync(CancellationToken.None);
        }
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var recurring = await SourceParagraphRows.RecurringAsync(connection, ["Gazette", "Courier"], 3, CancellationToken.None);
        Assert.Equal(["Gazette"], recurring.Keys);
        Assert.Equal([-7L, 9L], recurring["Gazette"].Order());
    }

    private async Task EnqueueAsync(int count)
    {
        await using var tx = await Store.BeginAsync([], CancellationToken.None);
        await WorkQueue.EnqueueAsync(tx, Enumerable.Range(0, count).Select(i => new NewWorkItem("article", $"k{i}", "{}")), _clock.GetUtcNow().ToUnixTimeMilliseconds(), CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }
}
