using Corpus.TestSupport;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Corpus.Gateway.Tests.Infrastructure;

namespace Corpus.Gateway.Tests.Uploads;

public sealed class UploadTests : IDisposable
{
    private readonly CorpusFactory _factory = new(new Dictionary<string, string?> { ["Uploads:MaxArticleBytes"] = "4000" });
    private readonly HttpClient _client;

    private static readonly byte[] InvalidUtf8 = [0xC3, 0x28];

    public UploadTests() => _client = _factory.CreateClient();

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    [Fact]
    public async Task Ndjson_upload_is_accepted_and_processed()
    {
        using var response = await _client.PostAsync("/api/uploads", Articles.Ndjson(
            new { key = "a1", source = "Daily", text = Articles.Text(1), published = "2024-03-04" },
            new { key = "a2", source = "Herald", text = Articles.Text(2) }));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.ReadAsync();
        Assert.Equal(2, receipt.GetProperty("received").GetInt32());
        Assert.Equal(2, receipt.GetProperty("accepted").GetInt32());
        Assert.Equal(0, receipt.GetProperty("duplicates").GetInt32());
        Assert.Empty(receipt.GetProperty("rejected").EnumerateArray());
        var id = receipt.GetProperty("id").GetString();
        Assert.EndsWith($"/api/uploads/{id}", response.Headers.Location!.ToString());

        await CorpusProgress.WaitUntilProcessedAsync(_client);
        var upload = await _client.GetJsonAsync($"/api/uploads/{id}");
        Assert.Equal("done", upload.GetProperty("state").GetString());
        Assert.Equal(2, upload.GetProperty("processed").GetInt32());
        Assert.Equal(0, upload.GetProperty("failed").GetInt32());
    }

    [Fact]
    public async Task Uploading_the_same_ndjson_twice_creates_no_new_articles()
    {
        var body = string.Join('\n', Enumerable.Range(0, 20).Select(i => Articles.Line(new { key = $"k{i}", text = Articles.Text(i) })));
        using var first = await _client.PostAsync("/api/uploads", Articles.Ndjson(body));
        using var second = await _client.PostAsync("/api/uploads", Articles.Ndjson(body));
        var again = await second.ReadAsync();
        Assert.Equal(20, (await first.ReadAsync()).GetProperty("accepted").GetInt32());
        Assert.Equal(0, again.GetProperty("accepted").GetInt32());
        Assert.Equal(20, again.GetProperty("duplicates").GetInt32());

        var articles = await _client.GetJsonAsync("/api/articles?limit=500");
        Assert.Equal(20, articles.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Same_content_under_another_key_is_a_duplicate()
    {
        using var first = await _client.PostAsync("/api/uploads", Articles.Ndjson(new { key = "x", text = Articles.Text(7) }));
        using var second = await _client.PostAsync("/api/uploads", Articles.Ndjson(new { key = "y", text = "  " + Articles.Text(7).ToUpperInvariant() + "\n" }));
        var receipt = await second.ReadAsync();
        Assert.Equal(0, receipt.GetProperty("accepted").GetInt32());
        Assert.Equal(1, receipt.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task Each_bad_line_is_rejected_alone_and_the_rest_lands()
    {
        var good = Articles.Line(new { key = "good1", text = Articles.Text(1) });
        var lines = new List<byte[]>
        {
            Encoding.UTF8.GetBytes(good),
            Encoding.UTF8.GetBytes("{not json"),
            Encoding.UTF8.GetBytes(Articles.Line(new { key = "empty", title = "no body" })),
            Concat(Encoding.UTF8.GetBytes("{\"key\":\"bad-utf8\",\"text\":\""), InvalidUtf8, Encoding.UTF8.GetBytes("\"}")),
            Encoding.UTF8.GetBytes(Articles.Line(new { key = "huge", text = new string('x', 5000) })),
            Encoding.UTF8.GetBytes(Articles.Line(new { key = "date", text = Articles.Text(3), published = "last tuesday" })),
            Encoding.UTF8.GetBytes(Articles.Line(new { key = "typed", text = 42 })),
            Encoding.UTF8.GetBytes(Articles.Line(new { key = "good2", text = Articles.Text(2), published = "2019-12-10T15:04:05Z" })),
        };
        var body = lines.SelectMany(l => l.Append((byte)'\n')).ToArray();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var response = await _client.PostAsync("/api/uploads", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.ReadAsync();
        Assert.Equal(8, receipt.GetProperty("received").GetInt32());
        Assert.Equal(2, receipt.GetProperty("accepted").GetInt32());
        var rejected = receipt.GetProperty("rejected").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("error").GetString()!);
        Assert.Equal([2, 3, 4, 5, 6, 7], rejected.Keys.Order());
        Assert.Contains("invalid JSON", rejected[2]);
        Assert.Contains("\"text\" or \"html\"", rejected[3]);
        Assert.Contains("UTF-8", rejected[4]);
        Assert.Contains("limit", rejected[5]);
        Assert.Contains("published", rejected[6]);
        Assert.Contains("must be a string", rejected[7]);
        Assert.Equal("date", receipt.GetProperty("rejected")[4].GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_is_skipped_and_reading_goes_on()
    {
        var huge = "{\"key\":\"huge\",\"text\":\"" + new string('y', 200_000) + "\"}";
        var body = huge + "\n" + Articles.Line(new { key = "after", text = Articles.Text(9) }) + "\n";
        using var response = await _client.PostAsync("/api/uploads", Articles.Ndjson(body));
        var receipt = await response.ReadAsync();
        Assert.Equal(1, receipt.GetProperty("accepted").GetInt32());
        var rejection = Assert.Single(receipt.GetProperty("rejected").EnumerateArray());
        Assert.Equal(1, rejection.GetProperty("line").GetInt32());
        Assert.Contains("larger than", rejection.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Json_array_upload_reads_each_element()
    {
        var body = JsonSerializer.Serialize(new object[]
        {
            new { key = "j1", html = "<html><body><article><p>" + Articles.Text(11) + "</p></article></body></html>" },
            new { key = "j2" },
            new { key = "j3", text = Articles.Text(12) },
        });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/uploads", content);
        var receipt = await response.ReadAsync();
        Assert.Equal(3, receipt.GetProperty("received").GetInt32());
        Assert.Equal(2, receipt.GetProperty("accepted").GetInt32());
        Assert.Equal(2, receipt.GetProperty("rejected")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Multipart_upload_takes_text_html_ndjson_and_json_files()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Articles.Text(21)), "files", "story-one.txt" },
            { new StringContent("<html><head><title>Two</title></head><body><article><p>" + Articles.Text(22) + "</p></article></body></html>"), "files", "story-two.html" },
            { new StringContent(Articles.Line(new { key = "n1", text = Articles.Text(23) }) + "\n{broken\n"), "files", "batch.ndjson" },
            { new StringContent(JsonSerializer.Serialize(new[] { new { key = "arr1", text = Articles.Text(24) } })), "files", "batch.json" },
            { new StringContent("whatever"), "files", "notes.pdf" },
        };
        using var response = await _client.PostAsync("/api/uploads", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.ReadAsync();
        Assert.Equal(4, receipt.GetProperty("accepted").GetInt32());
        var errors = receipt.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("error").GetString()!).ToList();
        Assert.Contains(errors, e => e.StartsWith("batch.ndjson line 2: invalid JSON", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("unsupported file type", StringComparison.Ordinal));

        await CorpusProgress.WaitUntilProcessedAsync(_client);
        var article = await _client.GetJsonAsync("/api/articles?q=plan%2021");
        Assert.Equal("story-one", Assert.Single(article.GetProperty("items").EnumerateArray()).GetProperty("key").GetString());
    }

    [Fact]
    public async Task Unsupported_media_type_is_a_problem()
    {
        using var content = new StringContent("hello", Encoding.UTF8, "text/csv");
        using var response = await _client.PostAsync("/api/uploads", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_upload_is_not_found()
    {
        using var response = await _client.GetAsync("/api/uploads/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
