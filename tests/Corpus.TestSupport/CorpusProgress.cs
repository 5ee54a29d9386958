using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Corpus.TestSupport;

/// <summary>The one way tests wait for the corpus: until <c>GET /api/queue</c> says no article is left to process.</summary>
public static class CorpusProgress
{
    public static async Task WaitUntilProcessedAsync(HttpClient client, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        JsonObject? progress = null;
        while (DateTime.UtcNow < deadline)
        {
            progress = await client.GetFromJsonAsync<JsonObject>("/api/queue");
            if (progress!["left"]!.GetValue<long>() == 0)
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"The corpus was not processed in time: {progress?.ToJsonString()}");
    }
}
