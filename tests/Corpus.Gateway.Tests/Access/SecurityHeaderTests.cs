using Corpus.Gateway.Tests.Infrastructure;

namespace Corpus.Gateway.Tests.Access;

public sealed class SecurityHeaderTests : IDisposable
{
    private readonly CorpusFactory _factory = new();
    private readonly HttpClient _client;

    public SecurityHeaderTests() => _client = _factory.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/articles")]
    [InlineData("/api/uploads/none")]
    public async Task Every_response_keeps_the_page_to_its_own_scripts(string path)
    {
        using var response = await _client.GetAsync(path);

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_page_has_no_inline_script_or_style_the_policy_would_block()
    {
        var page = await _client.GetStringAsync("/");
        var script = await _client.GetStringAsync("/app.js");
        Assert.DoesNotContain("<script>", page);
        Assert.DoesNotContain("style=", page);
        Assert.DoesNotContain("style:", script);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
