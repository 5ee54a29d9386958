using System.Globalization;
using System.Text.Json;
using Corpus.Grains;
using Corpus.Grains.Hosting;
using Corpus.Grains.Intake;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Views;
using Corpus.Text.Fingerprints;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Corpus.Cluster.Tests.InProcess;

/// <summary>
/// Silos of the corpus in this process (Orleans' TestingHost), each with its own connection to one store: the silo
/// configuration the product uses, minus HTTP. Articles go in as an upload stores them; views are read from the store.
/// </summary>
public sealed class CorpusTestCluster : IAsyncDisposable
{
    private readonly Func<ICorpusStore> _newStore;

    private CorpusTestCluster(InProcessTestCluster cluster, ICorpusStore store, Func<ICorpusStore> newStore)
    {
        Cluster = cluster;
        Store = store;
        _newStore = newStore;
    }

    public InProcessTestCluster Cluster { get; }

    /// <summary>The test's own connection to the store the silos share.</summary>
    public ICorpusStore Store { get; }

    /// <param name="indexBatchArticles">Settled articles whose near-copy buckets the intake writes to the store together.</param>
    public static async Task<CorpusTestCluster> StartAsync(int silos, Func<ICorpusStore> newStore, int storeWriters, int? indexBatchArticles = null)
    {
        var store = newStore();
        await store.MigrateAsync(CancellationToken.None);
        var builder = new InProcessTestClusterBuilder((short)silos);
        var settings = new Dictionary<string, string?>();
        if (indexBatchArticles is { } batch)
        {
            settings[$"{IntakeOptions.Section}:{nameof(IntakeOptions.IndexBatchArticles)}"] = batch.ToString(CultureInfo.InvariantCulture);
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton(_ => newStore());
            silo.AddCorpusGrains(configuration, storeWriters);
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddCorpusTypes()));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new CorpusTestCluster(cluster, store, newStore);
    }

    /// <summary>Stores the articles as uploads do, in batches, and tells the intake.</summary>
    public async Task UploadAsync(IReadOnlyList<string> ndjson, int batch = 250)
    {
        foreach (var chunk in ndjson.Chunk(batch))
        {
            await using var tx = await Store.BeginAsync(CancellationToken.None);
            await ArticleRows.InsertNewAsync(tx, "upload", PackedArticle.AllOf([.. chunk.Select(ToRow)]), 0, null, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
            await Cluster.Client.GetGrain<IIntakeGrain>(IIntakeGrain.Key).ArticlesArrivedAsync();
        }
    }

    public Task<ProgressView> ProgressAsync() => new ProgressQueries(Store).GetAsync(CancellationToken.None);

    public async Task WaitUntilProcessedAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while ((await ProgressAsync()).Left > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not processed in time: {await ProgressAsync()}");
            }
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Store.DisposeAsync();
    }

    private static ArticleToStore ToRow(string line)
    {
        var article = JsonDocument.Parse(line).RootElement;
        string? Field(string name) => article.TryGetProperty(name, out var value) ? value.GetString() : null;
        var text = Field("text")!;
        return new ArticleToStore(StableId.Of("article", Field("key")!), Field("key"), ContentHash.Of(text), Field("source"), Field("url"), Field("title"), Field("published"), text, null);
    }
}
