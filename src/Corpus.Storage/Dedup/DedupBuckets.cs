using System.Data.Common;
using System.Globalization;
using Corpus.Storage.Articles;
using Corpus.Text.Fingerprints;
using Dapper;
using BucketHolders = System.Collections.Generic.List<(long Bucket, System.Collections.Generic.IReadOnlyList<long> Holders)>;

namespace Corpus.Storage.Dedup;

/// <summary>An article that arrived before another and shares a bucket with it, what it points to, and its copy sketch if it has one.</summary>
public sealed record DedupCandidate(string Id, long Arrival, string? DuplicateOf, byte[]? Sketch);

/// <summary>An article to find near-copy candidates for: those that arrived before it and share one of its buckets.</summary>
public sealed record CandidateQuery(long Arrival, IReadOnlyCollection<long> Buckets);

/// <summary>A settled article whose buckets are not stored yet, and the text it was fingerprinted on.</summary>
public sealed record UnindexedArticle(string Id, long Arrival, string? DuplicateOf, string Text);

/// <summary>
/// The band-bucket index of taken-in articles; an article is only ever compared with articles that arrived before it.
/// An article's ~40 buckets are hashes that land all over the index, and SQLite writes every page a commit dirties to
/// its log, so buckets stored with each pass of a few dozen articles cost a page write each. They are stored instead
/// in batches of thousands of articles, sorted, which dirty each page once a batch; the articles settled since the
/// last batch (<see cref="UnindexedAsync"/>) are looked up in memory by the intake, which reads them back when it starts.
/// </summary>
public static class DedupBuckets
{
    /// <summary>What <see cref="CandidatesAsync(DbConnection, IReadOnlyList{CandidateQuery}, DedupParameters, CrowdedBuckets, CancellationToken)"/> finds, with no crowded bucket known before.</summary>
    public static Task<IReadOnlyList<IReadOnlyList<DedupCandidate>>> CandidatesAsync(
        DbConnection connection, IReadOnlyList<CandidateQuery> articles, DedupParameters parameters, CancellationToken ct) =>
        CandidatesAsync(connection, articles, parameters, new CrowdedBuckets(), ct);

    /// <summary>
    /// For each article, the articles that arrived before it that <see cref="CandidateChoice"/> picks from its buckets,
    /// earliest first: <see cref="ChooseAsync"/> then <see cref="SettledAsync"/>.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<DedupCandidate>>> CandidatesAsync(
        DbConnection connection, IReadOnlyList<CandidateQuery> articles, DedupParameters parameters, CrowdedBuckets crowded, CancellationToken ct) =>
        await SettledAsync(connection, await ChooseAsync(connection, articles, parameters, crowded, ct), ct);

    /// <summary>
    /// For each article, the arrivals <see cref="CandidateChoice"/> picks from its buckets. The buckets of all the
    /// articles are looked up in one query, whose read transaction keeps the upper pages of the index in the
    /// connection's cache for every lookup (a query per article starts from an empty cache whenever the writer has
    /// committed since, which under intake it nearly always has). Buckets <paramref name="crowded"/> knows are not
    /// looked up, and those found crowded are added to it.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<long>>> ChooseAsync(
        DbConnection connection, IReadOnlyList<CandidateQuery> articles, DedupParameters parameters, CrowdedBuckets crowded, CancellationToken ct)
    {
        var take = parameters.CrowdedBucket + 1;
        var known = articles.Select(a => a.Buckets.Distinct().Select(b => (Bucket: b, Earliest: crowded.Earliest(b, take))).ToList()).ToList();
        List<CandidateQuery> open = [.. articles.Select((a, i) => new CandidateQuery(a.Arrival, [.. known[i].Where(k => k.Earliest is null).Select(k => k.Bucket)]))];
        var read = SqlDialect.Of(connection) == SqlDialect.Postgres
            ? await PostgresHoldersAsync(connection, open, take, ct)
            : await SqliteHoldersAsync(connection, open, take, ct);
        return [.. articles.Select((a, i) =>
        {
            foreach (var (bucket, holders) in read[i])
            {
                crowded.Add(bucket, holders, take);
            }
            var fromMemory = known[i].Where(k => k.Earliest is not null).Select(k => (IReadOnlyList<long>)[.. k.Earliest!.Where(arrival => arrival < a.Arrival)]);
            return CandidateChoice.Choose(read[i].Select(r => r.Holders).Concat(fromMemory), parameters);
        })];
    }

    /// <summary>The chosen arrivals' articles from <c>copy_sketches</c>, earliest first; an arrival not settled is left out.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<DedupCandidate>>> SettledAsync(
        DbConnection connection, IReadOnlyList<IReadOnlyList<long>> chosen, CancellationToken ct)
    {
        var arrivals = chosen.SelectMany(c => c).Distinct().ToList();
        var settled = arrivals.Count == 0
            ? []
            : (await connection.QueryAsync<(string Id, long Arrival, string? DuplicateOf, byte[]? Sketch)>(new CommandDefinition(
                $"SELECT id, arrival, duplicate_of, sketch FROM copy_sketches WHERE {SqlDialect.Of(connection).InList("arrival", "@arrivals")}",
                new { arrivals = SqlDialect.Of(connection).List(arrivals) },
                cancellationToken: ct))).ToDictionary(r => r.Arrival, r => new DedupCandidate(r.Id, r.Arrival, r.DuplicateOf, r.Sketch));
        return [.. chosen.Select(c => (IReadOnlyList<DedupCandidate>)[.. c.Order().Where(settled.ContainsKey).Select(arrival => settled[arrival])])];
    }

    /// <summary>
    /// Stores the buckets of settled articles, and that every settled article through
    /// <paramref name="indexedThrough"/> is now indexed: the batch must hold every one of them not stored before.
    /// </summary>
    public static async Task AddAsync(
        StoreTransaction tx, IEnumerable<(long Arrival, IEnumerable<long> Buckets)> articles, long indexedThrough, CancellationToken ct)
    {
        if (tx.Dialect == SqlDialect.Postgres)
        {
            var sets = articles.GroupBy(a => a.Arrival).OrderBy(g => g.Key)
                .Select(g => (Arrival: g.Key, Buckets: g.SelectMany(a => a.Buckets).Select(ToStored).Distinct().Order().ToArray())).ToList();
            await MultiRowInsert.ExecuteAsync(tx, "dedup_bucket_sets (arrival, buckets)", sets, s => [s.Arrival, s.Buckets], "ON CONFLICT DO NOTHING", ct);
        }
        else
        {
            var rows = articles.SelectMany(a => a.Buckets.Select(b => (Bucket: b, a.Arrival))).Distinct()
                .OrderBy(r => r.Bucket).ThenBy(r => r.Arrival).ToList();
            await MultiRowInsert.ExecuteAsync(tx, "dedup_buckets (bucket, arrival)", rows, r => [r.Bucket, r.Arrival], "ON CONFLICT DO NOTHING", ct);
        }
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE dedup_indexed SET through_arrival = @indexedThrough WHERE through_arrival < @indexedThrough",
            new { indexedThrough },
            tx.Transaction,
            cancellationToken: ct));
    }

    /// <summary>
    /// For each article, each of its buckets with the earliest <paramref name="take"/> arrivals before it that the bucket holds,
    /// earliest first. SQLite keeps a row per (bucket, arrival) (migration 0041) and reads no further into a bucket, for the
    /// buckets of all the articles at once.
    /// </summary>
    private static async Task<BucketHolders[]> SqliteHoldersAsync(DbConnection connection, IReadOnlyList<CandidateQuery> articles, int take, CancellationToken ct)
    {
        var buckets = articles.SelectMany(a => a.Buckets).Distinct().ToList();
        // A bucket's arrivals come as one list, read in the index's order and no further than `take` (a bound in the
        // join's condition is evaluated again for every row it reads).
        var lists = buckets.Count == 0 ? [] : await connection.QueryAsync<(long Bucket, string? Arrivals)>(new CommandDefinition(
            """
            SELECT k.value, (SELECT group_concat(arrival) FROM (
                SELECT arrival FROM dedup_buckets WHERE bucket = k.value AND arrival < @before ORDER BY arrival LIMIT @take))
            FROM json_each(@buckets) k
            """,
            new { buckets = SqlDialect.Sqlite.List(buckets), before = articles.Max(a => a.Arrival), take },
            cancellationToken: ct));
        var held = lists.Where(l => l.Arrivals is not null)
            .ToDictionary(l => l.Bucket, l => l.Arrivals!.Split(',').Select(a => long.Parse(a, CultureInfo.InvariantCulture)).ToArray());
        return [.. articles.Select(a => a.Buckets.Distinct()
            .Select(b => (b, (IReadOnlyList<long>)[.. held.GetValueOrDefault(b, []).Where(arrival => arrival < a.Arrival)]))
            .ToList())];
    }

    /// <summary>
    /// What <see cref="SqliteHoldersAsync"/> finds, from PostgreSQL's row per article with the set of its buckets (0045):
    /// every set sharing a bucket with an article is read, through a GIN lookup of the article's own buckets (0051).
    /// </summary>
    private static async Task<BucketHolders[]> PostgresHoldersAsync(DbConnection connection, IReadOnlyList<CandidateQuery> articles, int take, CancellationToken ct)
    {
        var keys = articles.Select(a => a.Buckets.Select(ToStored).ToHashSet()).ToList();
        var sets = (await connection.QueryAsync<(long Article, long Arrival, int[] Buckets)>(new CommandDefinition(
            "SELECT article, arrival, buckets FROM corpus_bucket_sets_sharing(@arrivals, @keys)",
            new
            {
                arrivals = articles.SelectMany((a, i) => Enumerable.Repeat(a.Arrival, keys[i].Count)).ToArray(),
                keys = keys.SelectMany(k => k).ToArray(),
            },
            cancellationToken: ct))).ToLookup(s => s.Article);
        return [.. articles.Select((a, i) => sets[a.Arrival]
            .SelectMany(s => s.Buckets.Where(keys[i].Contains).Select(b => (Bucket: b, s.Arrival)))
            .GroupBy(p => p.Bucket)
            .Select(g => ((long)g.Key, (IReadOnlyList<long>)[.. g.Select(p => p.Arrival).Order().Take(take)]))
            .ToList())];
    }

    /// <summary>A bucket key as PostgreSQL's sets hold it: keys are 32-bit values (<c>LshBands.Narrow</c>) widened to a long.</summary>
    private static int ToStored(long bucket) => checked((int)bucket);

    /// <summary>The settled articles whose buckets are not stored, in upload order.</summary>
    public static async Task<IReadOnlyList<UnindexedArticle>> UnindexedAsync(DbConnection connection, CancellationToken ct) =>
        [.. (await connection.QueryAsync<(string Id, long Arrival, string? DuplicateOf, byte[]? Text)>(new CommandDefinition(
            $"""
            SELECT a.id, a.arrival, a.duplicate_of, {ArticleRows.IndexedText}
            FROM dedup_indexed i CROSS JOIN articles a
            WHERE a.state IN ('{ArticleRows.Settled}', '{ArticleRows.Processed}') AND a.arrival > i.through_arrival
            ORDER BY a.arrival
            """,
            cancellationToken: ct))).Select(r => new UnindexedArticle(r.Id, r.Arrival, r.DuplicateOf, StoredText.DecompressClean(r.Text) ?? string.Empty))];
}
