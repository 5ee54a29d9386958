using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Corpus.Storage;
using Corpus.Storage.Dedup;
using Corpus.Storage.Sqlite;
using Corpus.Text.Fingerprints;
using Dapper;

namespace Corpus.Bench.Dedup;

/// <summary>
/// Deduplication of 100,000 articles: the time per article (the reciprocal is articles per second) to fingerprint
/// and index, and to index alone; and, printed once at set-up, the bytes per article the index holds in memory and
/// in the store's <c>dedup_buckets</c> table.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class DedupBenchmarks
{
    private const int Articles = 100_000;
    private const int StoredArticles = 10_000;

    private string[] _texts = [];
    private DuplicateFingerprint[] _fingerprints = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _texts = SyntheticArticles.Make(Articles, seed: 20161108);
        _fingerprints = [.. _texts.AsParallel().AsOrdered().Select(DuplicateFingerprinter.Default.Of)];
        Console.WriteLine($"// dedup: index memory {IndexBytesPerArticle():0} bytes per article ({Articles} articles)");
        Console.WriteLine($"// dedup: dedup_buckets in SQLite {await StoredBytesPerArticleAsync():0} bytes per article ({StoredArticles} articles)");
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int FingerprintAndIndex()
    {
        var fingerprints = new DuplicateFingerprint[_texts.Length];
        var index = new NearDuplicateIndex(DuplicateFingerprinter.Default, i => fingerprints[i].Shingles);
        for (var i = 0; i < _texts.Length; i++)
        {
            fingerprints[i] = DuplicateFingerprinter.Default.Of(_texts[i]);
            index.Add(fingerprints[i]);
        }
        return index.Count;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int IndexOnly()
    {
        var index = new NearDuplicateIndex(DuplicateFingerprinter.Default, i => _fingerprints[i].Shingles);
        foreach (var fingerprint in _fingerprints)
        {
            index.Add(fingerprint);
        }
        return index.Count;
    }

    private double IndexBytesPerArticle()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var index = new NearDuplicateIndex(DuplicateFingerprinter.Default, i => _fingerprints[i].Shingles);
        foreach (var fingerprint in _fingerprints)
        {
            index.Add(fingerprint);
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(index);
        return (double)(after - before) / Articles;
    }

    private async Task<double> StoredBytesPerArticleAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"corpus-dedup-bench-{Guid.NewGuid():N}.db");
        var store = new SqliteStore(path);
        try
        {
            await store.MigrateAsync(CancellationToken.None);
            var before = await SizeOfAsync(store);
            await using (var tx = await store.BeginAsync(Durability.Durable, CancellationToken.None))
            {
                await DedupBuckets.AddAsync(
                    tx,
                    Enumerable.Range(0, StoredArticles).Select(i => ((long)i, (IEnumerable<long>)_fingerprints[i].Buckets)),
                    StoredArticles,
                    CancellationToken.None);
                await tx.CommitAsync(CancellationToken.None);
            }
            return (double)(await SizeOfAsync(store) - before) / StoredArticles;
        }
        finally
        {
            await store.DisposeAsync();
            File.Delete(path);
        }
    }

    private static async Task<long> SizeOfAsync(SqliteStore store)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        return await connection.ExecuteScalarAsync<long>("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
    }
}
