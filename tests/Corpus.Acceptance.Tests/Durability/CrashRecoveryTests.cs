using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Corpus.Storage.Views;
using Corpus.TestSupport;
using Xunit.Abstractions;

namespace Corpus.Acceptance.Tests.Durability;

/// <summary>
/// A real gateway process killed with SIGKILL while it processes 2,000 articles, then restarted, ends with
/// exactly what an uninterrupted run produces: nothing lost, nothing processed twice.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int ArticleCount = 2000;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corpus-crash-");

    [Fact]
    public async Task Kill_9_while_processing_loses_and_repeats_nothing()
    {
        var lines = TestArticles.Ndjson(ArticleCount);
        var body = string.Join('\n', lines) + "\n";

        var (crashed, killedAt, receipt) = await RunWithCrashAsync(body);
        var clean = await RunUninterruptedAsync(body);

        output.WriteLine($"killed after {killedAt} of {receipt.Accepted} accepted articles were processed");
        Assert.InRange(killedAt, 1, receipt.Accepted - 1);
        var onlyCrashed = crashed.Except(clean, StringComparer.Ordinal).Take(10).ToList();
        var onlyClean = clean.Except(crashed, StringComparer.Ordinal).Take(10).ToList();
        if (onlyCrashed.Count > 0 || onlyClean.Count > 0)
        {
            var kept = Path.Combine(Path.GetTempPath(), "corpus-crash-snapshots");
            Directory.CreateDirectory(kept);
            File.WriteAllLines(Path.Combine(kept, "crashed.ndjson"), crashed);
            File.WriteAllLines(Path.Combine(kept, "clean.ndjson"), clean);
            output.WriteLine($"Both snapshots are in {kept}");
        }
        Assert.True(
            onlyCrashed.Count == 0 && onlyClean.Count == 0 && crashed.Count == clean.Count,
            $"{crashed.Count} lines after the crash, {clean.Count} without.\nOnly after the crash:\n{string.Join('\n', onlyCrashed)}\nOnly without:\n{string.Join('\n', onlyClean)}");
        Assert.Equal(clean, crashed);
    }

    private async Task<(IReadOnlyList<string> Snapshot, long KilledAt, UploadReceipt Receipt)> RunWithCrashAsync(string body)
    {
        // Near-copy buckets written to the store in batches of 500 articles here (4,096 in the uninterrupted run), so the
        // kill lands before the first: the restarted node must read back the buckets of the articles settled before it
        // from their texts to find the copies of them uploaded later.
        var environment = Environment("crashed.db");
        environment["Intake__IndexBatchArticles"] = "500";
        UploadReceipt receipt;
        long processedAtKill;
        await using (var gateway = await GatewayProcess.StartAsync(environment))
        {
            using var client = gateway.CreateClient();
            receipt = await UploadAsync(client, body);
            processedAtKill = await WaitForSomeProgressAsync(client, receipt);
            gateway.Kill();
        }
        await using (var restarted = await GatewayProcess.StartAsync(environment))
        {
            using var client = restarted.CreateClient();
            try
            {
                await CorpusProgress.WaitUntilProcessedAsync(client, TimeSpan.FromMinutes(6));
            }
            catch (TimeoutException)
            {
                output.WriteLine(restarted.Output);
                throw;
            }
            var upload = await client.GetFromJsonAsync<UploadView>($"/api/uploads/{receipt.Id}");
            Assert.Equal("done", upload!.State);
            Assert.Equal(receipt.Accepted, upload.Processed);
            Assert.Equal(0, upload.Failed);
            await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={environment["Storage__Sqlite__Path"]}"))
            {
                await connection.OpenAsync();
                Assert.Empty(await ViewCountsAudit.DisagreementsAsync(connection));
            }
            return (await CorpusSnapshot.TakeAsync(client), processedAtKill, receipt);
        }
    }

    private async Task<IReadOnlyList<string>> RunUninterruptedAsync(string body)
    {
        await using var gateway = await GatewayProcess.StartAsync(Environment("clean.db"));
        using var client = gateway.CreateClient();
        var receipt = await UploadAsync(client, body);
        await CorpusProgress.WaitUntilProcessedAsync(client, TimeSpan.FromMinutes(10));
        Assert.Equal(ArticleCount, receipt.Received);
        return await CorpusSnapshot.TakeAsync(client);
    }

    private static async Task<UploadReceipt> UploadAsync(HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/x-ndjson");
        using var response = await client.PostAsync("/api/uploads", content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<UploadReceipt>(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.Empty(receipt!.Rejected);
        return receipt;
    }

    /// <summary>Waits until a tenth of the articles are processed, so the kill lands mid-run.</summary>
    private static async Task<long> WaitForSomeProgressAsync(HttpClient client, UploadReceipt receipt)
    {
        while (true)
        {
            var upload = await client.GetFromJsonAsync<UploadView>($"/api/uploads/{receipt.Id}");
            if (upload!.Processed >= receipt.Accepted / 10)
            {
                return upload.Processed;
            }
            await Task.Delay(20);
        }
    }

    private Dictionary<string, string> Environment(string database) => new()
    {
        ["Storage__Sqlite__Path"] = Path.Combine(_folder.FullName, database),
        ["Corpus__LoadSeeds"] = "false",
    };

    public void Dispose() => _folder.Delete(recursive: true);
}
