using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Corpus.TestSupport;

namespace Corpus.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class PostgresOutageTests
{
    [SkippableFact]
    public async Task While_PostgreSQL_is_down_uploads_answer_503_with_Retry_After_and_nothing_acknowledged_is_lost()
    {
        using var server = ThrowawayPostgres.TryStart();
        Skip.If(server is null, ThrowawayPostgres.MissingMessage);
        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "postgres",
            ["Storage__Postgres__ConnectionString"] = server.CreateDatabase(),
            ["Uploads__CommitBatchSize"] = "20",
        };
        await using var gateway = await CorpusNode.StartAsync(settings);
        var lines = SyntheticArticles.NdjsonLines(400, seed: 11).ToList();
        var pending = new Queue<List<string>>(lines.Take(300).Chunk(10).Select(c => c.ToList()));
        var acknowledged = new List<string>();
        var answersWhileDown = new List<HttpResponseMessage>();

        // A long upload that is mid-stream when the server goes: its next batch commit fails.
        var release = new TaskCompletionSource();
        var streaming = UploadInTwoHalvesAsync(gateway.Client, lines.Skip(300).ToList(), release.Task);

        for (var round = 0; pending.Count > 0 && round < 200; round++)
        {
            if (round == 10)
            {
                server.StopImmediately();
                release.SetResult();
            }
            var chunk = pending.Dequeue();
            var response = await CorpusApi.UploadAsync(gateway.Client, CorpusApi.Bytes(chunk));
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                acknowledged.AddRange(chunk);
                continue;
            }
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            pending.Enqueue(chunk);
            answersWhileDown.Add(response);
            if (answersWhileDown.Count == 5)
            {
                server.Start();
            }
            else
            {
                await Task.Delay(200);
            }
        }

        Assert.Empty(pending);
        Assert.True(answersWhileDown.Count >= 5, "Uploads kept succeeding with the server down.");
        var streamed = await streaming;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, streamed.StatusCode);
        Assert.NotNull(streamed.Headers.RetryAfter);

        try
        {
            await CorpusProgress.WaitUntilProcessedAsync(gateway.Client, TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\nThe node's log ends:\n{gateway.LogTail()}", ex);
        }
        var stored = await StoredArticlesAsync(gateway.Client);
        foreach (var line in acknowledged)
        {
            var key = JsonNode.Parse(line)!["key"]!.GetValue<string>();
            Assert.True(stored.TryGetValue(key, out var state), $"Acknowledged article {key} is missing.");
            Assert.Equal("processed", state);
        }
    }

    private static async Task<HttpResponseMessage> UploadInTwoHalvesAsync(HttpClient client, List<string> lines, Task secondHalf)
    {
        using var content = new TwoHalvesContent(lines, secondHalf);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-ndjson");
        return await client.PostAsync("/api/uploads", content);
    }

    private static async Task<Dictionary<string, string>> StoredArticlesAsync(HttpClient client)
    {
        var stored = new Dictionary<string, string>();
        string? cursor = null;
        do
        {
            var page = (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<JsonObject>(client, "/api/articles?limit=500" + (cursor is null ? string.Empty : "&cursor=" + cursor)))!;
            foreach (var article in page["items"]!.AsArray())
            {
                stored[article!["key"]!.GetValue<string>()] = article["state"]!.GetValue<string>();
            }
            cursor = page["next"]?.GetValue<string>();
        }
        while (cursor is not null);
        return stored;
    }

    /// <summary>Sends half the lines, waits, then sends the rest: an upload that is still streaming when the store goes.</summary>
    private sealed class TwoHalvesContent(List<string> lines, Task secondHalf) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var half = lines.Count / 2;
            await stream.WriteAsync(Encoding.UTF8.GetBytes(CorpusApi.Lines(lines.Take(half))));
            await stream.FlushAsync();
            await secondHalf;
            await stream.WriteAsync(Encoding.UTF8.GetBytes(CorpusApi.Lines(lines.Skip(half))));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
