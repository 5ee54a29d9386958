using Corpus.Grains.Intake;
using Corpus.Storage.Postgres;
using Corpus.Storage.Sqlite;
using Corpus.TestSupport;
using Orleans.Runtime;
using Xunit.Abstractions;

namespace Corpus.Cluster.Tests.InProcess;

/// <summary>
/// Three silos on PostgreSQL end with exactly the views one embedded silo (SQLite) makes of the same uploads, and a
/// silo killed mid-ingest changes nothing: articles are settled in upload order whatever silo analysed them, and every
/// grain derives its state from facts stored once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SiloClusterTests(ClusterFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    [SkippableFact]
    public async Task Three_silos_on_PostgreSQL_make_exactly_the_views_of_one_embedded_silo()
    {
        Skip.If(fixture.Server is null, ThrowawayPostgres.MissingMessage);
        var expected = await EmbeddedAsync();

        await using var cluster = await StartPostgresAsync(silos: 3);
        await cluster.UploadAsync(fixture.Lines);
        await cluster.WaitUntilProcessedAsync(ClusterFixture.DrainTimeout);

        Assert.Equal(0, (await cluster.ProgressAsync()).Failed);
        ClusterFixture.AssertSameViews(expected, await StoreSnapshot.TakeAsync(cluster.Store), "three-silos");
    }

    [SkippableFact]
    public async Task A_silo_killed_mid_ingest_loses_and_duplicates_nothing()
    {
        Skip.If(fixture.Server is null, ThrowawayPostgres.MissingMessage);
        var expected = await EmbeddedAsync();

        await using var cluster = await StartPostgresAsync(silos: 3);
        await UploadUntilAFifthIsProcessedAsync(cluster);
        var total = fixture.Lines.Count;
        var victim = await IntakeSiloAsync(cluster) is { } intake && intake != cluster.Cluster.Silos[0].SiloAddress
            ? cluster.Cluster.Silos.Single(s => s.SiloAddress == intake)
            : cluster.Cluster.Silos[^1];
        output.WriteLine($"killing {victim.SiloAddress} with {(await cluster.ProgressAsync()).Left} of {total} articles left; the intake was on {await IntakeSiloAsync(cluster)}");
        await cluster.Cluster.KillSiloAsync(victim);
        await cluster.WaitUntilProcessedAsync(ClusterFixture.DrainTimeout);

        Assert.Equal(0, (await cluster.ProgressAsync()).Failed);
        ClusterFixture.AssertSameViews(expected, await StoreSnapshot.TakeAsync(cluster.Store), "silo-killed");
    }

    [SkippableFact]
    public async Task Scaling_from_three_silos_to_one_mid_ingest_loses_and_duplicates_nothing()
    {
        Skip.If(fixture.Server is null, ThrowawayPostgres.MissingMessage);
        var expected = await EmbeddedAsync();

        await using var cluster = await StartPostgresAsync(silos: 3);
        await UploadUntilAFifthIsProcessedAsync(cluster);
        await Task.WhenAll(cluster.Cluster.Silos.Skip(1).ToList().Select(cluster.Cluster.StopSiloAsync));
        await cluster.WaitUntilProcessedAsync(ClusterFixture.DrainTimeout);

        Assert.Equal(0, (await cluster.ProgressAsync()).Failed);
        ClusterFixture.AssertSameViews(expected, await StoreSnapshot.TakeAsync(cluster.Store), "scaled-down");
    }

    private async Task UploadUntilAFifthIsProcessedAsync(CorpusTestCluster cluster)
    {
        await cluster.UploadAsync(fixture.Lines);
        while ((await cluster.ProgressAsync()).Left > fixture.Lines.Count * 0.8)
        {
            await Task.Delay(20);
        }
    }

    private Task<CorpusTestCluster> StartPostgresAsync(int silos)
    {
        var connectionString = fixture.Server!.CreateDatabase();
        // Near-copy buckets written in batches of 300 articles (the kill lands before the first), while the embedded silo keeps all 1,000 in memory.
        return CorpusTestCluster.StartAsync(silos, () => new PostgresStore(connectionString), storeWriters: 4, indexBatchArticles: 300);
    }

    private Task<string> EmbeddedAsync() => fixture.EmbeddedOnceAsync("in-process", async folder =>
    {
        await using var embedded = await CorpusTestCluster.StartAsync(1, () => new SqliteStore(Path.Combine(folder, "embedded.db")), storeWriters: 1);
        await embedded.UploadAsync(fixture.Lines);
        await embedded.WaitUntilProcessedAsync(ClusterFixture.DrainTimeout);
        return await StoreSnapshot.TakeAsync(embedded.Store);
    });

    private static async Task<SiloAddress?> IntakeSiloAsync(CorpusTestCluster cluster)
    {
        var statistics = await cluster.Cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics.FirstOrDefault(s => s.GrainId.Type.ToString()!.Contains("intake", StringComparison.OrdinalIgnoreCase))?.SiloAddress;
    }
}
