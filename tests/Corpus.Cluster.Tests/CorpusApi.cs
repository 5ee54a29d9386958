using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Corpus.Cluster.Tests;

/// <summary>What the tests do over the HTTP API: upload and read every view.</summary>
public static class CorpusApi
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] ndjson)
    {
        using var content = new ByteArrayContent(ndjson);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        return await client.PostAsync("/api/uploads", content);
    }

    public static async Task<JsonObject> UploadOkAsync(HttpClient client, byte[] ndjson)
    {
        using var response = await UploadAsync(client, ndjson);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Every list view, every page, each item in full: what a user of the API can see.</summary>
    public static async Task<string> SnapshotAsync(HttpClient client)
    {
        var snapshot = new JsonObject();
        foreach (var (list, detail) in new[] { ("articles", true), ("speakers", true), ("meetings", true), ("quotes", true), ("sources", false) })
        {
            var items = new JsonArray();
            foreach (var item in await ListAllAsync(client, $"/api/{list}"))
            {
                items.Add(detail ? await client.GetFromJsonAsync<JsonNode>($"/api/{list}/{Uri.EscapeDataString(item["id"]!.GetValue<string>())}") : item.DeepClone());
            }
            snapshot[list] = items;
        }
        return snapshot.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static async Task<List<JsonNode>> ListAllAsync(HttpClient client, string path)
    {
        var all = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var page = (await client.GetFromJsonAsync<JsonObject>($"{path}?limit=500" + (cursor is null ? string.Empty : "&cursor=" + cursor)))!;
            all.AddRange(page["items"]!.AsArray().Select(n => n!.DeepClone()));
            cursor = page["next"]?.GetValue<string>();
        }
        while (cursor is not null);
        return all;
    }

    public static string Lines(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";

    public static byte[] Bytes(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(Lines(lines));
}
