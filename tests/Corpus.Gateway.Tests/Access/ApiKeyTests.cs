using System.Net;
using System.Net.Http.Headers;
using Corpus.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Corpus.Gateway.Tests.Access;

/// <summary>API keys as DESIGN.md "Access" says: writes under /api need a Bearer key, reads only when asked, the rest stays open.</summary>
public sealed class ApiKeyTests : IDisposable
{
    private const string FirstKey = "first-key-5b0f9c";
    private const string SecondKey = "second-key-77a1e2";

    private readonly List<IDisposable> _owned = [];

    private (HttpClient Client, CapturedLogs Logs) Start(bool requireForReads = false, bool withKeys = true)
    {
        var settings = new Dictionary<string, string?> { ["Auth:RequireForReads"] = requireForReads ? "true" : "false" };
        if (withKeys)
        {
            settings["Auth:ApiKeys:0"] = FirstKey;
            settings["Auth:ApiKeys:1"] = SecondKey;
        }
        var logs = new CapturedLogs();
        var factory = new CorpusFactory(settings);
        var configured = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var client = configured.CreateClient();
        _owned.AddRange([client, configured, factory]);
        return (client, logs);
    }

    private static HttpRequestMessage Upload(string? key, int n = 1)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = Articles.Ndjson(new { key = $"a{n}", text = Articles.Text(n) }) };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return request;
    }

    private static HttpRequestMessage Get(string path, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return request;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData("")]
    [InlineData(FirstKey + "x")]
    public async Task A_write_without_a_valid_key_is_401_problem(string? key)
    {
        var (client, _) = Start();
        using var request = Upload(key);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        var articles = await client.GetJsonAsync("/api/articles");
        Assert.Empty(articles.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Any_configured_key_may_write()
    {
        var (client, _) = Start();
        using var first = Upload(FirstKey, 1);
        using var second = Upload(SecondKey, 2);
        using var firstResponse = await client.SendAsync(first);
        using var secondResponse = await client.SendAsync(second);
        Assert.Equal(HttpStatusCode.Accepted, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, secondResponse.StatusCode);
    }

    [Fact]
    public async Task Reads_are_open_unless_asked_for()
    {
        var (client, _) = Start();
        using var response = await client.GetAsync("/api/articles");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Reads_need_a_key_when_asked_for()
    {
        var (client, _) = Start(requireForReads: true);
        using var without = Get("/api/articles", null);
        using var wrong = Get("/api/articles", "nope");
        using var with = Get("/api/articles", SecondKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(without)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(with)).StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/metrics")]
    [InlineData("/")]
    public async Task Health_metrics_and_the_page_stay_open(string path)
    {
        var (client, _) = Start(requireForReads: true);
        using var response = await client.GetAsync(path);
        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Without_keys_the_api_is_open_and_the_log_says_so()
    {
        var (client, logs) = Start(withKeys: false);
        using var request = Upload(null);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains(logs.Entries, e => e.StartsWith("Warning", StringComparison.Ordinal) && e.Contains("No API keys configured", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keys_are_never_logged()
    {
        var (client, logs) = Start();
        using var wrong = Upload("not-" + FirstKey);
        using var right = Upload(FirstKey);
        await client.SendAsync(wrong);
        await client.SendAsync(right);
        Assert.Contains(logs.Entries, e => e.Contains("2 API key(s) configured", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Contains(FirstKey, StringComparison.Ordinal) || e.Contains(SecondKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_bearer_key()
    {
        var (client, _) = Start();
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
    }

    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }
    }
}
