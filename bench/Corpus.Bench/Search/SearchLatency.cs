using System.Diagnostics;
using Corpus.Storage;
using Corpus.Storage.Postgres;
using Corpus.Storage.Search;
using Corpus.Storage.Sqlite;
using Dapper;
using Npgsql;

namespace Corpus.Bench.Search;

/// <summary>
/// <c>search-latency ARTICLES TEXT_FOLDER STORE...</c> (STORE: <c>sqlite=PATH</c> or <c>postgres=CONNECTION</c>): builds
/// the corpus in each store unless it holds statements already (so two builds can be timed on one corpus), then times
/// one-word searches as <c>GET /api/statements?q=</c> runs them (first page of 50, with matches; newest first, as by
/// default, and with <c>sort=relevance</c>), without HTTP. Run by <c>bench/search/run.sh</c>.
/// </summary>
public static class SearchLatency
{
    private const int Passes = 3;

    public static async Task RunAsync(int articles, string textFolder, IEnumerable<string> stores)
    {
        var sentences = SentencePool.Load(textFolder);
        var frequency = sentences.SelectMany(SentencePool.Words).CountBy(w => w).ToDictionary();
        var random = new Random(18);
        var vocabulary = frequency.Where(f => f.Value >= 3).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        List<string> drawn = [.. Enumerable.Range(0, 200).Select(_ => vocabulary[random.Next(vocabulary.Count)])];
        List<string> frequent = [.. frequency.OrderByDescending(f => f.Value).Take(20).Select(f => f.Key)];
        var sets = new Dictionary<string, List<StatementFilter>>
        {
            ["vocabulary (200 words drawn uniformly from words seen 3+ times), newest first"] = [.. drawn.Select(w => new StatementFilter(Parse(w)))],
            ["frequent (the 20 most frequent words of 4+ letters), newest first"] = [.. frequent.Select(w => new StatementFilter(Parse(w)))],
            ["vocabulary words in one outlet (source=CNN), newest first"] = [.. drawn.Select(w => new StatementFilter(Parse(w), Source: "CNN"))],
            ["no q, newest first (the first page, 10 times)"] = [.. Enumerable.Repeat(new StatementFilter(), 10)],
            ["vocabulary, sort=relevance"] = [.. drawn.Select(w => new StatementFilter(Parse(w), Order: StatementOrder.Relevance))],
            ["frequent, sort=relevance"] = [.. frequent.Select(w => new StatementFilter(Parse(w), Order: StatementOrder.Relevance))],
        };
        Console.WriteLine($"{sentences.Count} sentences, {vocabulary.Count} words seen 3+ times; {articles} articles");
        foreach (var spec in stores)
        {
            await using var store = Open(spec);
            await store.MigrateAsync(CancellationToken.None);
            if (await StoredStatementsAsync(store) is > 0 and var stored)
            {
                Console.WriteLine($"{store.Dialect.Name}: {stored} statements stored before, reused");
            }
            else
            {
                var (statements, took) = await SearchCorpusBuilder.BuildAsync(store, sentences, articles);
                Console.WriteLine($"{store.Dialect.Name}: {statements} statements stored in {took.TotalSeconds:F1} s");
            }
            if (spec.Split('=', 2) is ["postgres", var connectionString])
            {
                // Autovacuum would analyze the freshly loaded tables soon after; a bench should not wait for it. Not
                // through the store: its auto-prepared commands cannot hold ANALYZE.
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.ExecuteAsync("ANALYZE statements; ANALYZE articles;");
            }
            foreach (var (set, queries) in sets)
            {
                await MeasureAsync(store, set, queries);
            }
        }
    }

    private static async Task<long> StoredStatementsAsync(ICorpusStore store)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM statements");
    }

    private static SearchText Parse(string word) =>
        SearchText.TryParse(word, out var text, out var error) ? text! : throw new InvalidOperationException(error);

    private static async Task MeasureAsync(ICorpusStore store, string set, List<StatementFilter> queries)
    {
        var search = new StatementSearch(store);
        var page = new PageRequest(PageRequest.DefaultLimit, null);
        var timings = new List<double>();
        var found = new List<int>();
        for (var pass = 0; pass <= Passes; pass++)
        {
            foreach (var filter in queries)
            {
                var started = Stopwatch.GetTimestamp();
                var result = await search.PageAsync(filter, page, CancellationToken.None);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                // Pass 0 warms the JIT, the connection pool and the store's caches; it is not counted.
                if (pass > 0)
                {
                    timings.Add(elapsed);
                    found.Add(result.Items.Count);
                }
            }
        }
        timings.Sort();
        double At(double q) => timings[(int)Math.Ceiling(q * timings.Count) - 1];
        Console.WriteLine(
            $"  {store.Dialect.Name} {set}: {timings.Count} searches, p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, max {timings[^1]:F1} ms; " +
            $"full first pages {found.Count(n => n == PageRequest.DefaultLimit)} of {found.Count}");
    }

    private static ICorpusStore Open(string spec) => spec.Split('=', 2) switch
    {
        ["sqlite", var path] => new SqliteStore(path),
        ["postgres", var connection] => new PostgresStore(connection),
        _ => throw new ArgumentException($"A store is sqlite=PATH or postgres=CONNECTION, not '{spec}'.", nameof(spec)),
    };
}
