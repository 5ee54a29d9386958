using System.Net;
using System.Text;
using Corpus.Gateway.Tests.Infrastructure;

namespace Corpus.Gateway.Tests.Uploads;

/// <summary>A body that holds no article, or is not JSON at all, is a 400 problem and stores nothing.</summary>
public sealed class UnreadableBodyTests : IDisposable
{
    private readonly CorpusFactory _factory = new();
    private readonly HttpClient _client;

    public UnreadableBodyTests() => _client = _factory.CreateClient();

    [Theory]
    [InlineData("application/x-ndjson", "")]
    [InlineData("application/x-ndjson", "\n \r\n\t\n")]
    [InlineData("application/json", "")]
    [InlineData("application/json", "   ")]
    [InlineData("application/json", "[]")]
    [InlineData("application/json", "{not json")]
    [InlineData("application/json", "[{\"text\":")]
    [InlineData("application/json", "42")]
    [InlineData("application/json", "\"an article\"")]
    [InlineData("application/json", "not json at all")]
    public async Task Is_a_bad_request(string mediaType, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        using var response = await _client.PostAsync("/api/uploads", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace((await response.ReadAsync()).GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Multipart_without_files_is_a_bad_request()
    {
        using var form = new MultipartFormDataContent { { new StringContent("just a field"), "note" } };
        using var response = await _client.PostAsync("/api/uploads", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Truncated_multipart_is_a_bad_request()
    {
        var body = "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nsome text that never ends";
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        using var response = await _client.PostAsync("/api/uploads", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_break_after_some_array_elements_rejects_the_rest_alone()
    {
        // Long enough that the reader hands out elements before it reaches the break.
        var elements = Enumerable.Range(1, 200).Select(i => Articles.Line(new { key = $"a{i}", text = Articles.Text(i) }));
        var body = "[" + string.Join(',', elements) + ", {\"text\": oops";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/uploads", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.ReadAsync();
        Assert.InRange(receipt.GetProperty("accepted").GetInt32(), 1, 200);
        var rejection = Assert.Single(receipt.GetProperty("rejected").EnumerateArray());
        Assert.Contains("the rest of the array was not read", rejection.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("%00")]
    [InlineData("ZmFrZQ")]
    [InlineData("!!!")]
    public async Task A_cursor_this_service_never_gave_out_is_a_bad_request(string cursor)
    {
        foreach (var list in new[] { "articles", "speakers", "meetings", "quotes", "sources" })
        {
            using var response = await _client.GetAsync($"/api/{list}?cursor={cursor}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{list}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_cursor_given_out_reads_the_next_page()
    {
        var body = string.Join('\n', Enumerable.Range(1, 3).Select(i => Articles.Line(new { key = $"p{i}", text = Articles.Text(i) })));
        using var upload = await _client.PostAsync("/api/uploads", Articles.Ndjson(body));
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);

        var first = await _client.GetJsonAsync("/api/articles?limit=2");
        var next = first.GetProperty("next").GetString();
        Assert.NotNull(next);
        var second = await _client.GetJsonAsync($"/api/articles?limit=2&cursor={Uri.EscapeDataString(next)}");
        var keys = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(a => a.GetProperty("key").GetString());
        Assert.Equal(["p1", "p2", "p3"], keys.Order());
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
