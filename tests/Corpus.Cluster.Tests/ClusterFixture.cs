using Corpus.TestSupport;

namespace Corpus.Cluster.Tests;

/// <summary>
/// A throwaway PostgreSQL and the articles of the run, with what embedded mode (one process on SQLite) makes of them:
/// the reference every cluster run must match exactly.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>Articles per run; CI uses the default, <c>CORPUS_CLUSTER_ARTICLES=10000</c> runs the full-size check.</summary>
    public static int ArticleCount { get; } = int.TryParse(Environment.GetEnvironmentVariable("CORPUS_CLUSTER_ARTICLES"), out var n) && n > 0 ? n : 1000;

    private readonly string _folder = Directory.CreateTempSubdirectory("corpus-cluster-").FullName;
    private string? _embedded;

    public ThrowawayPostgres? Server { get; private set; }

    public byte[] Articles { get; } = SyntheticArticles.Ndjson(ArticleCount);

    public static TimeSpan DrainTimeout => TimeSpan.FromSeconds(120 + (ArticleCount / 10));

    public Task InitializeAsync()
    {
        Server = ThrowawayPostgres.TryStart();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Server?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    public async Task<string> EmbeddedSnapshotAsync()
    {
        if (_embedded is null)
        {
            await using var node = await CorpusNode.StartAsync(new Dictionary<string, string>
            {
                ["Storage__Provider"] = "sqlite",
                ["Storage__Sqlite__Path"] = Path.Combine(_folder, "embedded.db"),
            });
            await CorpusApi.UploadOkAsync(node.Client, Articles);
            await CorpusApi.WaitUntilIdleAsync(node.Client, DrainTimeout);
            _embedded = await CorpusApi.SnapshotAsync(node.Client);
        }
        return _embedded;
    }

    /// <summary>Starts a gateway and <paramref name="workers"/> worker processes on a fresh database.</summary>
    public async Task<TestCluster> StartClusterAsync(int workers, IReadOnlyDictionary<string, string>? extra = null)
    {
        var connectionString = Server!.CreateDatabase();
        Dictionary<string, string> Settings(string roles)
        {
            var settings = new Dictionary<string, string>
            {
                ["Storage__Provider"] = "postgres",
                ["Storage__Postgres__ConnectionString"] = connectionString,
                ["Node__Roles"] = roles,
            };
            foreach (var (name, value) in extra ?? new Dictionary<string, string>())
            {
                settings[name] = value;
            }
            return settings;
        }
        // Workers start together first, so that their migrations race; the advisory lock must make that safe.
        var started = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => CorpusNode.StartAsync(Settings("worker"))));
        var gateway = await CorpusNode.StartAsync(Settings("gateway"));
        return new TestCluster(gateway, [.. started]);
    }
}

public sealed class TestCluster(CorpusNode gateway, List<CorpusNode> workers) : IAsyncDisposable
{
    public CorpusNode Gateway { get; } = gateway;

    public IReadOnlyList<CorpusNode> Workers { get; } = workers;

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        foreach (var worker in Workers)
        {
            await worker.DisposeAsync();
        }
    }
}
