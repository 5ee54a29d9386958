using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Corpus.Gateway.Tests.Infrastructure;

namespace Corpus.Gateway.Tests.Uploads;

/// <summary>What an Idempotency-Key names: one upload per client, whatever the form of a re-sent body.</summary>
public sealed class IdempotencyKeyTests : IDisposable
{
    private const string FirstApiKey = "first-key-0c4d1e";
    private const string SecondApiKey = "second-key-9b2f70";

    private readonly CorpusFactory _factory = new(new Dictionary<string, string?>
    {
        ["Auth:ApiKeys:0"] = FirstApiKey,
        ["Auth:ApiKeys:1"] = SecondApiKey,
    });

    private readonly HttpClient _client;

    public IdempotencyKeyTests() => _client = _factory.CreateClient();

    private async Task<HttpResponseMessage> PostAsync(HttpContent content, string apiKey, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }
        return await _client.SendAsync(request);
    }

    private static async Task<string> IdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.ReadAsync()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Each_api_key_has_its_own_idempotency_keys()
    {
        using var first = await PostAsync(Articles.Ndjson(new { key = "s1", text = Articles.Text(1) }), FirstApiKey, "shared-name");
        using var sameClient = await PostAsync(Articles.Ndjson(new { key = "s1", text = Articles.Text(1) }), FirstApiKey, "shared-name");
        using var otherClient = await PostAsync(Articles.Ndjson(new { key = "s1", text = Articles.Text(1) }), SecondApiKey, "shared-name");

        var id = await IdAsync(first);
        Assert.Equal(id, await IdAsync(sameClient));
        Assert.NotEqual(id, await IdAsync(otherClient));
    }

    [Fact]
    public async Task A_multipart_body_sent_again_with_another_boundary_is_the_same_request()
    {
        MultipartFormDataContent Form(string boundary) => new(boundary)
        {
            { new StringContent(Articles.Text(5)), "files", "story.txt" },
            { new StringContent(Articles.Line(new { key = "m1", text = Articles.Text(6) }) + "\n"), "files", "batch.ndjson" },
        };

        using var first = await PostAsync(Form("boundary-one"), FirstApiKey, "form-1");
        using var again = await PostAsync(Form("another-boundary"), FirstApiKey, "form-1");

        var receipt = await first.Content.ReadAsStringAsync();
        Assert.Equal(2, JsonDocument.Parse(receipt).RootElement.GetProperty("accepted").GetInt32());
        Assert.Equal(receipt, await again.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("caf\u00e9")]
    public async Task A_key_that_is_not_printable_ascii_is_a_bad_request_and_stores_nothing(string idempotencyKey)
    {
        using var response = await PostAsync(Articles.Ndjson(new { key = "x1", text = Articles.Text(1) }), FirstApiKey, idempotencyKey);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Idempotency-Key", (await response.ReadAsync()).GetProperty("detail").GetString());
        Assert.Empty((await _client.GetJsonAsync("/api/uploads")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_key_longer_than_255_characters_is_a_bad_request()
    {
        using var response = await PostAsync(Articles.Ndjson(new { key = "x1", text = Articles.Text(1) }), FirstApiKey, new string('k', 256));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
