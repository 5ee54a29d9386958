using System.Net.Http.Headers;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Corpus.Acceptance.Tests.Durability;
using Corpus.Storage.Views;
using Corpus.TestSupport;

namespace Corpus.Acceptance.Tests.Limits;

/// <summary>Kestrel enforces the upload body limit on a real process; what was committed before the limit stays.</summary>
public sealed class UploadLimitTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corpus-limit-");
    private GatewayProcess _gateway = null!;
    private HttpClient _client = null!;
    private readonly string _body = string.Join('\n', TestArticles.Ndjson(60)) + "\n";

    public async Task InitializeAsync()
    {
        _gateway = await GatewayProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Sqlite__Path"] = Path.Combine(_folder.FullName, "corpus.db"),
            ["Corpus__LoadSeeds"] = "false",
            ["Uploads__MaxUploadBytes"] = "60000",
            ["Uploads__CommitBatchSize"] = "2",
        });
        _client = _gateway.CreateClient();
        Assert.True(Encoding.UTF8.GetByteCount(_body) > 120_000);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_anything_is_stored()
    {
        using var content = new StringContent(_body, Encoding.UTF8, "application/x-ndjson");
        using var response = await _client.PostAsync("/api/uploads", content);

        var problem = await AssertTooLargeAsync(response);
        Assert.Equal(0, problem.GetProperty("accepted").GetInt32());
        Assert.Empty(await CorpusSnapshot.ListAsync<ArticleView>(_client, "/api/articles"));
    }

    [Fact]
    public async Task A_streamed_body_over_the_limit_keeps_the_batches_committed_before_it()
    {
        using var content = new ChunkedContent(Encoding.UTF8.GetBytes(_body)).WithType();
        try
        {
            using var response = await _client.PostAsync("/api/uploads", content);
            var problem = await AssertTooLargeAsync(response);
            Assert.True(problem.GetProperty("accepted").GetInt32() > 0);
        }
        catch (HttpRequestException)
        {
            // The server answered 413 and closed the connection while the client was still sending.
        }

        var stored = (await CorpusSnapshot.ListAsync<ArticleView>(_client, "/api/articles")).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
        Assert.InRange(stored.Count, 1, 59);
        var sentFirst = TestArticles.Ndjson(60).Take(stored.Count).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("key").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(sentFirst, stored);
    }

    private static async Task<JsonElement> AssertTooLargeAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _gateway.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    /// <summary>
    /// A body sent with chunked transfer encoding and paced as a long upload arrives: no length is declared up
    /// front, so the server reads and commits as it goes until the limit.
    /// </summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            for (var offset = 0; offset < bytes.Length; offset += 4096)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(4096, bytes.Length - offset)));
                await stream.FlushAsync();
                await Task.Delay(20);
            }
        }

        public ChunkedContent WithType()
        {
            Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
            return this;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
