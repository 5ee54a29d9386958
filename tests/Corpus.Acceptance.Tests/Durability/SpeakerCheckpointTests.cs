using System.Net;
using System.Text;
using Corpus.TestSupport;
using Microsoft.Data.Sqlite;

namespace Corpus.Acceptance.Tests.Durability;

/// <summary>
/// A family of speakers restored after a restart from its stored checkpoint takes new mentions in as if the node had
/// never stopped, on articles of PolNeAR paragraphs where one article often names several people of one surname.
/// </summary>
public sealed class SpeakerCheckpointTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corpus-checkpoint-");

    [SkippableFact]
    public async Task A_restarted_node_goes_on_from_each_familys_checkpoint_without_reading_its_earlier_mentions()
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
        // Every family's checkpoint covers the mentions stored so far (they changed nothing after it otherwise): without
        // them a family that derived its speakers from all its mentions again would lose those of the first batch.
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
        }
    }

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
