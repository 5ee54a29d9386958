using System.Collections.Concurrent;
using Corpus.TestSupport;

namespace Corpus.Cluster.Tests;

/// <summary>
/// A throwaway PostgreSQL, the articles of the run (PolNeAR paragraphs mixed into articles with copies across outlets
/// when ../shared is there, else generated ones), and what one embedded silo makes of them: the reference every
/// cluster run must match exactly.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>Articles per run; CI uses the default, <c>CORPUS_CLUSTER_ARTICLES=10000</c> runs the full-size check.</summary>
    public static int ArticleCount { get; } = int.TryParse(Environment.GetEnvironmentVariable("CORPUS_CLUSTER_ARTICLES"), out var n) && n > 0 ? n : 1000;

    private readonly string _folder = Directory.CreateTempSubdirectory("corpus-cluster-").FullName;
    private readonly ConcurrentDictionary<string, Task<string>> _embedded = new();

    public ThrowawayPostgres? Server { get; private set; }

    public IReadOnlyList<string> Lines { get; } = MixedPolnearArticles.Ndjson(ArticleCount) ?? [.. SyntheticArticles.NdjsonLines(ArticleCount)];

    public byte[] Articles => CorpusApi.Bytes(Lines);

    public static TimeSpan DrainTimeout => TimeSpan.FromSeconds(180 + (ArticleCount / 10));

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

    /// <summary>The embedded reference of one kind, made once per run.</summary>
    public Task<string> EmbeddedOnceAsync(string kind, Func<string, Task<string>> make) =>
        _embedded.GetOrAdd(kind, _ => make(Directory.CreateDirectory(Path.Combine(_folder, kind)).FullName));

    /// <summary>The HTTP views of one embedded process (SQLite, one silo).</summary>
    public Task<string> EmbeddedSnapshotAsync() => EmbeddedOnceAsync("process", async folder =>
    {
        await using var node = await CorpusNode.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "sqlite",
            ["Storage__Sqlite__Path"] = Path.Combine(folder, "embedded.db"),
        });
        await CorpusApi.UploadOkAsync(node.Client, Articles);
        await CorpusProgress.WaitUntilProcessedAsync(node.Client, DrainTimeout);
        return await CorpusApi.SnapshotAsync(node.Client);
    });

    /// <summary>Starts <paramref name="silos"/> silo processes on a fresh database, then a gateway-only node in front of them.</summary>
    public async Task<TestCluster> StartClusterAsync(int silos, IReadOnlyDictionary<string, string>? extra = null)
    {
        var connectionString = Server!.CreateDatabase();
        Dictionary<string, string> Settings(string roles)
        {
            var settings = new Dictionary<string, string>
            {
                ["Storage__Provider"] = "postgres",
                ["Storage__Postgres__ConnectionString"] = connectionString,
                ["Node__Roles"] = roles,
                ["Orleans__ClusterId"] = "test-" + Guid.NewGuid().ToString("N")[..8],
            };
            foreach (var (name, value) in extra ?? new Dictionary<string, string>())
            {
                settings[name] = value;
            }
            return settings;
        }
        var clusterId = Settings("silo")["Orleans__ClusterId"];
        Dictionary<string, string> Node(string roles) => new(Settings(roles)) { ["Orleans__ClusterId"] = clusterId };
        // Silos start together, so that their migrations race; the migration lock must make that safe.
        var started = await Task.WhenAll(Enumerable.Range(0, silos).Select(_ => CorpusNode.StartAsync(new Dictionary<string, string>(Node("silo"))
        {
            ["Orleans__Endpoints__SiloPort"] = LoopbackPort.TakeSetting(),
            ["Orleans__Endpoints__GatewayPort"] = LoopbackPort.TakeSetting(),
        })));
        var gateway = await CorpusNode.StartAsync(Node("gateway"));
        return new TestCluster(gateway, [.. started]);
    }

    /// <summary>Compares two snapshots; when they differ, both are left in the temp folder and the start of their diff is in the message.</summary>
    public static void AssertSameViews(string expected, string actual, string run)
    {
        if (expected == actual)
        {
            return;
        }
        var expectedPath = Path.Combine(Path.GetTempPath(), $"corpus-{run}-expected.json");
        var actualPath = Path.Combine(Path.GetTempPath(), $"corpus-{run}-actual.json");
        File.WriteAllText(expectedPath, expected);
        File.WriteAllText(actualPath, actual);
        Assert.Fail($"The views differ; see {expectedPath} and {actualPath}.\n{UnifiedDiff(expectedPath, actualPath, lines: 120)}");
    }

    private static string UnifiedDiff(string expectedPath, string actualPath, int lines)
    {
        try
        {
            using var diff = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("diff", ["-u", expectedPath, actualPath])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            var text = diff.StandardOutput.ReadToEnd();
            diff.WaitForExit();
            return string.Join('\n', text.Split('\n').Take(lines));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "(diff is not installed)";
        }
    }
}

public sealed class TestCluster(CorpusNode gateway, List<CorpusNode> silos) : IAsyncDisposable
{
    public CorpusNode Gateway { get; } = gateway;

    public IReadOnlyList<CorpusNode> Silos { get; } = silos;

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        foreach (var silo in Silos)
        {
            await silo.DisposeAsync();
        }
    }
}
