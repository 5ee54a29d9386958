using System.Net;
using System.Text;
using Corpus.TestSupport;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Corpus.Acceptance.Tests.Durability;

/// <summary>
/// Speaker families and speakers' quotes restored after a restart from their stored checkpoints take new mentions and
/// statements in as if the node had never stopped, on articles of PolNeAR paragraphs where one article often names
/// several people of one surname and the same quote turns up under several outlets.
/// </summary>
public sealed class GrainCheckpointTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corpus-checkpoint-");

    [SkippableFact]
    public async Task A_restarted_node_goes_on_from_its_grains_checkpoints_without_reading_their_earlier_facts()
    {
        var lines = MixedPolnearArticles.Ndjson(400, seed: 23);
        Skip.If(lines is null, SharedData.MissingMessage);
        string[] batches = [Body(lines.Take(250)), Body(lines.Skip(250))];

        IReadOnlyList<string> uninterrupted;
        await using (var gateway = await GatewayProcess.StartAsync(Environment("uninterrupted.db")))
        {
            using var client = gateway.CreateClient();
            foreach (var batch in batches)
            {
                await UploadAsync(client, batch);
            }
            uninterrupted = await CorpusSnapshot.TakeAsync(client);
        }

        var environment = Environment("restarted.db");
        await using (var gateway = await GatewayProcess.StartAsync(environment))
        {
            using var client = gateway.CreateClient();
            await UploadAsync(client, batches[0]);
        }
        // Every family's checkpoint covers the mentions stored so far, or those after it changed nothing: a family that
        // derived its speakers from all its mentions again would lose the first batch's.
        await using (var connection = new SqliteConnection($"Data Source={environment["Storage__Sqlite__Path"]}"))
        {
            await connection.OpenAsync();
            await using var delete = new SqliteCommand("DELETE FROM mentions", connection);
            Assert.True(await delete.ExecuteNonQueryAsync() > 500, "the first batch names people");
        }
        await using (var gateway = await GatewayProcess.StartAsync(environment))
        {
            using var client = gateway.CreateClient();
            await UploadAsync(client, batches[1]);
            Assert.Equal(uninterrupted, await CorpusSnapshot.TakeAsync(client));
            var metrics = await client.GetStringAsync("/metrics");
            var (speakers, quotes) = (Derivations(metrics, "speaker"), Derivations(metrics, "quote"));
            output.WriteLine($"restored from checkpoints: {speakers} speaker families, {quotes} speakers' quotes");
            Assert.True(speakers > 10, metrics);
            Assert.True(quotes > 10, metrics);
        }
    }

    /// <summary>How many grains of a kind the node restored from their checkpoints, as its Prometheus text counts them.</summary>
    private static double Derivations(string metrics, string grain) =>
        metrics.Split('\n')
            .Where(line => line.StartsWith("corpus_grain_derivations", StringComparison.Ordinal)
                && line.Contains($"corpus_grain=\"{grain}\"", StringComparison.Ordinal)
                && line.Contains("corpus_derived_from=\"checkpoint\"", StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

    private static string Body(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";

    private static async Task UploadAsync(HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/x-ndjson");
        using var response = await client.PostAsync("/api/uploads", content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await CorpusProgress.WaitUntilProcessedAsync(client, TimeSpan.FromMinutes(5));
    }

    private Dictionary<string, string> Environment(string database) => new()
    {
        ["Storage__Sqlite__Path"] = Path.Combine(_folder.FullName, database),
        ["Corpus__LoadSeeds"] = "false",
    };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
