using System.Globalization;
using System.Net;
using Corpus.Gateway.Hosting;
using Corpus.TestSupport;
using Microsoft.Data.Sqlite;

namespace Corpus.Acceptance.Tests.Startup;

/// <summary>
/// A node restarted on a processed corpus serves every read view once before it says it is ready, so that its first
/// callers do not wait for the views' code to compile: its own request metrics count an answer of 200 on every GET
/// route under /api before anyone else has called it.
/// </summary>
public sealed class ViewWarmupTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corpus-warmup-");

    [Fact]
    public async Task A_restarted_node_answers_every_view_once_before_it_is_ready()
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__Sqlite__Path"] = Path.Combine(_folder.FullName, "corpus.db"),
            ["Corpus__LoadSeeds"] = "true",
            ["Corpus__SeedsPath"] = Path.Combine(SharedData.RepositoryRoot, "seeds"),
        };
        await using (var seeded = await GatewayProcess.StartAsync(environment))
        {
            using var client = seeded.CreateClient();
            await CorpusProgress.WaitUntilProcessedAsync(client, TimeSpan.FromMinutes(5));
        }

        await using var gateway = await GatewayProcess.StartAsync(environment);
        using var restarted = gateway.CreateClient();
        await WaitUntilReadyAsync(restarted, TimeSpan.FromMinutes(1));
        var metrics = await restarted.GetStringAsync("/metrics");
        var unanswered = ViewWarmup.Routes.Where(route => Answered(metrics, route) < 1).ToList();
        Assert.True(unanswered.Count == 0, $"not answered with 200 before ready: {string.Join(", ", unanswered)}\n{gateway.Output}");
    }

    private static async Task WaitUntilReadyAsync(HttpClient client, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var response = await client.GetAsync("/readyz");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(DateTime.UtcNow < deadline, "the node did not become ready");
            await Task.Delay(100);
        }
    }

    /// <summary>How many GETs of <paramref name="route"/> the node answered with 200, as its Prometheus text counts them.</summary>
    private static double Answered(string metrics, string route) =>
        metrics.Split('\n')
            .Where(line => line.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
                && line.Contains($"http_route=\"{route}\"", StringComparison.Ordinal)
                && line.Contains("http_request_method=\"GET\"", StringComparison.Ordinal)
                && line.Contains("http_response_status_code=\"200\"", StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
