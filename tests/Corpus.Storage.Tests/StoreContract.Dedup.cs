using Corpus.Storage.Articles;
using Corpus.Storage.Dedup;
using Corpus.Text.Fingerprints;
using Dapper;

namespace Corpus.Storage.Tests;

public abstract partial class StoreContract
{
    private static DedupParameters Limited(int candidates) => DedupParameters.Default with { MaxCandidates = candidates };

    // Bucket keys are 32-bit values widened to a long (LshBands.Narrow).
    private static readonly long[] EdgeBuckets = [int.MinValue, -1, 0, 1, int.MaxValue];

    [SkippableFact]
    public async Task Near_copy_candidates_are_the_earlier_settled_articles_sharing_most_buckets_earliest_on_ties()
    {
        SkipIfUnavailable();
        await InsertAsync("u1", [.. Enumerable.Range(1, 6).Select(i => Article($"a{i}", null, $"h{i}"))]);
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var arrivals = (await ArticleRows.UnfinishedAsync(connection, long.MinValue, 10, CancellationToken.None)).ToDictionary(a => a.Id, a => a.Arrival);
        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            await ArticleRows.SaveSettledAsync(
                tx, [.. new[] { "a1", "a2", "a3", "a4", "a6" }.Select(id => SettledArticle.Of(id, "T", null, "src", [], null, $"text of {id}", null, null))], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        Assert.Equal(["a1", "a2", "a3", "a4", "a6"], (await DedupBuckets.UnindexedAsync(connection, CancellationToken.None)).Select(a => a.Id));
        await IndexAsync(
            arrivals["a4"],
            (arrivals["a1"], [EdgeBuckets[0], 7L]),
            (arrivals["a2"], [EdgeBuckets[0], EdgeBuckets[1], EdgeBuckets[4], EdgeBuckets[4]]),
            (arrivals["a3"], [EdgeBuckets[1], EdgeBuckets[2]]),
            (arrivals["a4"], [8L]));
        var unindexed = Assert.Single(await DedupBuckets.UnindexedAsync(connection, CancellationToken.None));
        Assert.Equal(("a6", arrivals["a6"], "text of a6"), (unindexed.Id, unindexed.Arrival, unindexed.Text));
        await IndexAsync(arrivals["a6"], (arrivals["a6"], EdgeBuckets));
        // A batch stored again (a second intake for a moment) counts once.
        await IndexAsync(arrivals["a6"], (arrivals["a3"], [EdgeBuckets[1], EdgeBuckets[2]]));
        Assert.Empty(await DedupBuckets.UnindexedAsync(connection, CancellationToken.None));

        async Task<string[]> CandidatesOf(string id, int limit, params long[] buckets) =>
            [.. Assert.Single(await DedupBuckets.CandidatesAsync(connection, [new CandidateQuery(arrivals[id], buckets)], Limited(limit), CancellationToken.None)).Select(c => c.Id)];

        // a5 is not settled, a6 arrived later, a4 shares nothing; a2 shares three, a3 two, a1 one.
        Assert.Equal(["a1", "a2", "a3"], await CandidatesOf("a5", 5, EdgeBuckets));
        Assert.Equal(["a2", "a3"], await CandidatesOf("a5", 2, EdgeBuckets));
        Assert.Equal(["a2"], await CandidatesOf("a5", 1, EdgeBuckets));
        Assert.Equal(["a1", "a2"], await CandidatesOf("a5", 2, EdgeBuckets[0]));
        Assert.Equal(["a2"], await CandidatesOf("a5", 5, EdgeBuckets[4], EdgeBuckets[4]));
        Assert.Equal(["a1", "a2", "a3", "a4"], await CandidatesOf("a6", 5, [.. EdgeBuckets, 7L, 8L]));
        Assert.Empty(await CandidatesOf("a1", 5, EdgeBuckets));
        Assert.Empty(await CandidatesOf("a5", 5, 12345L));

        // Asked together, each article gets what it gets alone: only what arrived before it, its own ranking and limit.
        var together = await DedupBuckets.CandidatesAsync(
            connection,
            [new(arrivals["a5"], EdgeBuckets), new(arrivals["a6"], [.. EdgeBuckets, 7L, 8L]), new(arrivals["a1"], EdgeBuckets), new(arrivals["a3"], [7L, EdgeBuckets[4]])],
            Limited(2),
            CancellationToken.None);
        Assert.Equal(
            [["a2", "a3"], ["a1", "a2"], [], ["a1", "a2"]],
            together.Select(c => c.Select(x => x.Id).ToArray()));
    }

    [SkippableFact]
    public async Task A_crowded_bucket_offers_only_its_earliest_articles_and_ranks_below_any_other()
    {
        SkipIfUnavailable();
        var (ids, arrivals) = await StoreCrowdedBucketsAsync();
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        async Task<string[]> CandidatesOf(int crowded, int limit, params long[] buckets) =>
            [.. Assert.Single(await DedupBuckets.CandidatesAsync(
                connection,
                [new CandidateQuery(arrivals["later"], buckets)],
                DedupParameters.Default with { CrowdedBucket = crowded, MaxCandidates = limit },
                CancellationToken.None)).Select(c => c.Id)];

        Assert.Equal(["x1", "x2", "x3", "x4", "x7"], await CandidatesOf(4, 8, 100L, 200L));
        Assert.Equal(["x8"], await CandidatesOf(4, 1, 100L, 101L, 300L));
        Assert.Equal(["x1", "x8"], await CandidatesOf(4, 2, 100L, 101L, 300L));
        // A bucket holding just the bound is read whole; one more makes it crowded.
        Assert.Equal(ids[..7], await CandidatesOf(7, 8, 100L));
        Assert.Equal(ids[..6], await CandidatesOf(6, 8, 100L));
    }

    [SkippableFact]
    public async Task A_crowded_bucket_is_read_once_and_later_lookups_take_its_earliest_from_memory()
    {
        SkipIfUnavailable();
        var (_, arrivals) = await StoreCrowdedBucketsAsync();
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var bound = DedupParameters.Default with { CrowdedBucket = 4, MaxCandidates = 8 };
        async Task<string[][]> CandidatesOf(CrowdedBuckets crowded, DedupParameters parameters, params (string Id, long[] Buckets)[] articles) =>
            [.. (await DedupBuckets.CandidatesAsync(connection, [.. articles.Select(a => new CandidateQuery(arrivals[a.Id], a.Buckets))], parameters, crowded, CancellationToken.None))
                .Select(c => c.Select(x => x.Id).ToArray())];
        (string, long[])[] asked = [("later", [100L, 101L, 200L, 300L]), ("x3", [100L, 101L]), ("x7", [100L, 200L])];
        var crowded = new CrowdedBuckets();

        var fromStore = await CandidatesOf(new CrowdedBuckets(), bound, asked);
        Assert.Equal(fromStore, await CandidatesOf(crowded, bound, asked));
        Assert.Equal(2, crowded.Count);
        Assert.Equal(fromStore, await CandidatesOf(crowded, bound, asked));

        // Gone from the store, the crowded buckets still offer their earliest, each only what arrived before the article asking.
        await connection.ExecuteAsync(Store.Dialect == SqlDialect.Postgres ? "DELETE FROM dedup_bucket_sets" : "DELETE FROM dedup_buckets");
        Assert.Equal([["x1", "x2", "x3", "x4"], ["x1", "x2"]], await CandidatesOf(crowded, bound, ("later", [100L, 200L, 300L]), ("x3", [101L])));
        // A larger bound than the one they were read at reads the store again.
        Assert.Equal([[]], await CandidatesOf(crowded, bound with { CrowdedBucket = 6 }, ("later", [100L])));
    }

    /// <summary>
    /// Eight settled articles and a later one unsettled. Bucket 100 holds x1-x7 and 101 x1-x6, more than the four that
    /// make a bucket crowded at the bound the tests set; 200 holds x7, 300 x8.
    /// </summary>
    private async Task<(string[] Ids, Dictionary<string, long> Arrivals)> StoreCrowdedBucketsAsync()
    {
        string[] ids = ["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8"];
        await InsertAsync("u1", [.. ids.Append("later").Select(id => Article(id, null, "h" + id))]);
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var arrivals = (await ArticleRows.UnfinishedAsync(connection, long.MinValue, 10, CancellationToken.None)).ToDictionary(a => a.Id, a => a.Arrival);
        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            await ArticleRows.SaveSettledAsync(tx, [.. ids.Select(id => SettledArticle.Of(id, "T", null, "src", [], null, $"text of {id}", null, null))], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        await IndexAsync(
            arrivals["x8"],
            [.. ids.Take(6).Select(id => (arrivals[id], new[] { 100L, 101L })), (arrivals["x7"], new[] { 100L, 200L }), (arrivals["x8"], new[] { 300L })]);
        return (ids, arrivals);
    }

    [SkippableFact]
    public async Task A_settled_article_that_fails_is_no_near_copy_candidate()
    {
        SkipIfUnavailable();
        await InsertAsync("u1", Article("c1", null, "hc1"), Article("c2", null, "hc2"));
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var arrivals = (await ArticleRows.UnfinishedAsync(connection, long.MinValue, 10, CancellationToken.None)).ToDictionary(a => a.Id, a => a.Arrival);
        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            await ArticleRows.SaveSettledAsync(
                tx, [.. new[] { "c1", "c2" }.Select(id => SettledArticle.Of(id, "T", null, "src", [], null, $"text of {id}", null, null, copySketch: [9]))], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        await IndexAsync(arrivals["c2"], (arrivals["c1"], [9L]), (arrivals["c2"], [9L]));
        async Task<string[]> Candidates() =>
            [.. Assert.Single(await DedupBuckets.CandidatesAsync(connection, [new CandidateQuery(arrivals["c2"] + 1, [9L])], Limited(5), CancellationToken.None)).Select(c => c.Id)];
        Assert.Equal(["c1", "c2"], await Candidates());

        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            await ArticleRows.MarkFailedAsync(tx, [("c1", "the grains failed")], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        Assert.Equal(["c2"], await Candidates());
    }

    [SkippableFact]
    public async Task A_store_migrated_with_near_copy_buckets_counts_its_settled_articles_indexed()
    {
        SkipIfUnavailable();
        await using var old = await StoreAtVersionAsync(
            24,
                """
                INSERT INTO articles (id, content_hash, upload_id, state, received_at, arrival, clean_text) VALUES
                ('a1', @h1, 'u1', 'processed', 0, 1, 'one'), ('a2', @h2, 'u1', 'settled', 0, 2, 'two'), ('a3', @h3, 'u1', 'queued', 0, 3, NULL);
                INSERT INTO dedup_buckets (bucket, article_id) VALUES (5, 'a1'), (5, 'a2');
                """,
            new { h1 = Hash("h1"), h2 = Hash("h2"), h3 = Hash("h3") });

        await old.MigrateAsync(CancellationToken.None);

        await using var migrated = await old.OpenAsync(CancellationToken.None);
        Assert.Empty(await DedupBuckets.UnindexedAsync(migrated, CancellationToken.None));
        Assert.Equal(["a1", "a2"], Assert.Single(await DedupBuckets.CandidatesAsync(migrated, [new CandidateQuery(3, [5L])], Limited(5), CancellationToken.None)).Select(c => c.Id));
        await using (var tx = await old.BeginAsync(CancellationToken.None))
        {
            await ArticleRows.SaveSettledAsync(tx, [SettledArticle.Of("a3", "T", null, "src", [], null, "three", null, null)], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        Assert.Equal(["a3"], (await DedupBuckets.UnindexedAsync(migrated, CancellationToken.None)).Select(a => a.Id));
    }

    [SkippableFact]
    public async Task Near_copy_candidates_carry_their_sketch_and_a_migrated_store_sketches_the_texts_its_articles_were_fingerprinted_on()
    {
        SkipIfUnavailable();
        const string Analyzed = Harbour + "Subscribe for ten dollars a month.";
        await using var old = await StoreAtVersionAsync(
            37,
                """
                INSERT INTO articles (id, content_hash, upload_id, state, received_at, arrival, clean_text_brotli, analyzed_text_brotli) VALUES
                ('a1', @h1, 'u1', 'processed', 0, 1, @clean1, @analyzed1), ('a2', @h2, 'u1', 'settled', 0, 2, @clean2, NULL),
                ('a3', @h3, 'u1', 'queued', 0, 3, NULL, NULL), ('a4', @h4, 'u1', 'queued', 0, 4, NULL, NULL)
                """,
            new
            {
                clean1 = StoredText.CompressWithRaw(Harbour, null),
                analyzed1 = StoredText.CompressWithRaw(Analyzed, null),
                clean2 = StoredText.CompressWithRaw("The library stays open late.", null),
                h1 = Convert.FromHexString(Hash("h1")),
                h2 = Convert.FromHexString(Hash("h2")),
                h3 = Convert.FromHexString(Hash("h3")),
                h4 = Convert.FromHexString(Hash("h4")),
            });

        await old.MigrateAsync(CancellationToken.None);

        await using var migrated = await old.OpenAsync(CancellationToken.None);
        await using (var tx = await old.BeginAsync(CancellationToken.None))
        {
            await ArticleRows.SaveSettledAsync(
                tx, [SettledArticle.Of("a3", "T", null, "src", [], null, "three", null, null, copySketch: [1, 2, 3])], CancellationToken.None);
            await DedupBuckets.AddAsync(tx, [(1L, [5L]), (2L, [5L]), (3L, [5L])], 3, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        var candidates = Assert.Single(await DedupBuckets.CandidatesAsync(migrated, [new CandidateQuery(4, [5L])], Limited(5), CancellationToken.None));
        Assert.Equal(["a1", "a2", "a3"], candidates.Select(c => c.Id));
        Assert.Equal(DuplicateFingerprinter.Default.Of(Analyzed).Sketch, candidates[0].Sketch);
        Assert.Equal(DuplicateFingerprinter.Default.Of("The library stays open late.").Sketch, candidates[1].Sketch);
        Assert.Equal([1, 2, 3], candidates[2].Sketch);
        Assert.Equal(0, await migrated.ExecuteScalarAsync<long>("SELECT count(*) FROM copy_sketches WHERE id = 'a4'"));
    }

    [SkippableFact]
    public async Task A_store_migrated_with_wide_bucket_keys_finds_its_candidates_by_the_narrow_keys_fingerprints_now_make()
    {
        SkipIfUnavailable();
        long[] wide = [long.MinValue, long.MinValue + 1, -1, 0, int.MaxValue, 1L + int.MaxValue, uint.MaxValue, 1L << 32, 0x7F3A_91C4_8000_0000, long.MaxValue];
        await using var old = await StoreAtVersionAsync(
            40,
            $"""
            INSERT INTO articles (id, content_hash, upload_id, state, received_at, arrival) VALUES
            ('a1', @h1, 'u1', 'processed', 0, 1), ('a2', @h2, 'u1', 'settled', 0, 2);
            INSERT INTO dedup_buckets (bucket, arrival) VALUES {string.Join(", ", wide.Select(w => $"({w}, 1)"))}, ({wide[2]}, 2), ({wide[6]}, 2);
            """,
            new { h1 = Convert.FromHexString(Hash("h1")), h2 = Convert.FromHexString(Hash("h2")) });

        await old.MigrateAsync(CancellationToken.None);

        await using var migrated = await old.OpenAsync(CancellationToken.None);
        foreach (var key in wide)
        {
            var expected = LshBands.Narrow(key) == -1 ? new[] { "a1", "a2" } : ["a1"];
            Assert.Equal(expected, Assert.Single(await DedupBuckets.CandidatesAsync(migrated, [new CandidateQuery(3, [LshBands.Narrow(key)])], Limited(5), CancellationToken.None)).Select(c => c.Id));
        }
        Assert.Equal(
            wide.Select(LshBands.Narrow).Distinct().Order().ToArray(),
            (await migrated.QueryAsync<long>(Store.Dialect == SqlDialect.Postgres
                ? "SELECT DISTINCT unnest(buckets) AS bucket FROM dedup_bucket_sets ORDER BY bucket"
                : "SELECT DISTINCT bucket FROM dedup_buckets ORDER BY bucket")).ToArray());
    }

    private async Task IndexAsync(long through, params (long Arrival, long[] Buckets)[] articles)
    {
        await using var tx = await Store.BeginAsync(CancellationToken.None);
        await DedupBuckets.AddAsync(tx, articles.Select(a => (a.Arrival, (IEnumerable<long>)a.Buckets)), through, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }
}
