using System.IO.Pipelines;
using System.Net;
using System.Text;
using System.Text.Json;
using Corpus.Gateway.Tests.Infrastructure;
using Corpus.Gateway.Uploads;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Uploads;
using Corpus.TestSupport;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Corpus.Gateway.Tests.Uploads;

/// <summary>
/// What an upload leaves in the store, on both stores: a key never changes content, an Idempotency-Key stores an upload
/// once, failed articles are listed with their upload, and uploads are listed newest first.
/// </summary>
public abstract class UploadIntegrityTests : IDisposable
{
    private CorpusFactory? _factory;
    private HttpClient? _client;

    protected abstract IDictionary<string, string?> StoreSettings();

    private CorpusFactory Factory
    {
        get
        {
            if (_factory is null)
            {
                var settings = StoreSettings();
                settings["Uploads:CommitBatchSize"] = "2";
                _factory = new CorpusFactory(settings);
            }
            return _factory;
        }
    }

    private HttpClient Client => _client ??= Factory.CreateClient();

    private async Task<HttpResponseMessage> PostAsync(string ndjson, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = Articles.Ndjson(ndjson) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return await Client.SendAsync(request);
    }

    private static string Body(params object[] articles) => string.Join('\n', articles.Select(Articles.Line)) + "\n";

    [SkippableFact]
    public async Task A_key_uploaded_again_with_other_content_is_rejected_alone_and_the_stored_article_stays()
    {
        using var first = await PostAsync(Body(
            new { key = "k1", title = "Budget", source = "Daily", text = Articles.Text(1) },
            new { key = "k2", text = Articles.Text(2) }));
        Assert.Equal(2, (await first.ReadAsync()).GetProperty("accepted").GetInt32());

        using var second = await PostAsync(Body(
            new { key = "k1", title = "Budget", source = "Daily", text = Articles.Text(1) },
            new { key = "k2", text = Articles.Text(3) },
            new { key = "k1", title = "I resign", source = "Daily", text = Articles.Text(1) },
            new { key = "k3", text = Articles.Text(4) },
            new { key = "k3", text = Articles.Text(5) },
            new { key = "k4", text = Articles.Text(2) }));

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var receipt = await second.ReadAsync();
        Assert.Equal(6, receipt.GetProperty("received").GetInt32());
        Assert.Equal(1, receipt.GetProperty("accepted").GetInt32());
        Assert.Equal(2, receipt.GetProperty("duplicates").GetInt32());
        var rejected = receipt.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal([2, 3, 5], rejected.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(["k2", "k1", "k3"], rejected.Select(r => r.GetProperty("key").GetString()));
        Assert.All(rejected, r => Assert.Contains("already exists with other content", r.GetProperty("error").GetString()));
        var upload = await Client.GetJsonAsync($"/api/uploads/{receipt.GetProperty("id").GetString()}");
        Assert.Equal(3, upload.GetProperty("rejected").GetInt32());

        await CorpusProgress.WaitUntilProcessedAsync(Client);
        var articles = (await Client.GetJsonAsync("/api/articles?limit=500")).GetProperty("items").EnumerateArray().ToDictionary(a => a.GetProperty("key").GetString()!);
        Assert.Equal(["k1", "k2", "k3"], articles.Keys.Order());
        Assert.Equal("Budget", articles["k1"].GetProperty("title").GetString());
        Assert.Contains("budget plan 2 ", articles["k2"].GetProperty("text").GetString());
        Assert.Contains("budget plan 4 ", articles["k3"].GetProperty("text").GetString());
    }

    [SkippableFact]
    public async Task An_article_stored_before_upload_hashes_is_compared_on_its_text_and_url()
    {
        using var first = await PostAsync(Body(new { key = "old", url = "https://example.org/a", title = "Old", text = Articles.Text(1) }));
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        await using (var connection = await Factory.Services.GetRequiredService<ICorpusStore>().OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("UPDATE articles SET upload_hash = NULL");
        }

        using var again = await PostAsync(Body(
            new { key = "old", url = "https://example.org/a", title = "Old", text = Articles.Text(1) },
            new { key = "old", url = "https://example.org/b", title = "Old", text = Articles.Text(1) },
            new { key = "old", url = "https://example.org/a", title = "Old", text = Articles.Text(2) }));

        var receipt = await again.ReadAsync();
        Assert.Equal(1, receipt.GetProperty("duplicates").GetInt32());
        Assert.Equal([2, 3], receipt.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()));
    }

    [SkippableFact]
    public async Task The_same_idempotency_key_and_body_store_one_upload_and_answer_the_same_receipt()
    {
        var body = Body(
            new { key = "i1", text = Articles.Text(1) },
            new { key = "i2", text = Articles.Text(2) },
            new { key = "i3" },
            new { key = "i4", text = Articles.Text(4) });

        using var first = await PostAsync(body, "retry-7f3a");
        using var again = await PostAsync(body, "retry-7f3a");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var receipt = await first.Content.ReadAsStringAsync();
        Assert.Equal(receipt, await again.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        var parsed = JsonDocument.Parse(receipt).RootElement;
        Assert.Equal(3, parsed.GetProperty("accepted").GetInt32());
        Assert.Equal(0, parsed.GetProperty("duplicates").GetInt32());
        Assert.Single((await Client.GetJsonAsync("/api/uploads")).GetProperty("items").EnumerateArray());

        using var otherBody = await PostAsync(Body(new { key = "i9", text = Articles.Text(9) }), "retry-7f3a");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBody.StatusCode);
        Assert.Equal("application/problem+json", otherBody.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parsed.GetProperty("id").GetString(), (await otherBody.ReadAsync()).GetProperty("uploadId").GetString());

        using var otherKey = await PostAsync(body, "retry-8e21");
        var fresh = await otherKey.ReadAsync();
        Assert.NotEqual(parsed.GetProperty("id").GetString(), fresh.GetProperty("id").GetString());
        Assert.Equal(3, fresh.GetProperty("duplicates").GetInt32());
        Assert.Equal(3, (await Client.GetJsonAsync("/api/articles")).GetProperty("items").GetArrayLength());
    }

    [SkippableFact]
    public async Task Requests_sent_at_once_under_one_idempotency_key_store_one_upload_and_agree_on_its_receipt()
    {
        var body = Body(Enumerable.Range(1, 7).Select(i => (object)new { key = $"c{i}", text = Articles.Text(i) }).ToArray());

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostAsync(body, "at-once-1")));

        var receipts = new List<string>();
        foreach (var response in responses)
        {
            using (response)
            {
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                receipts.Add(await response.Content.ReadAsStringAsync());
            }
        }
        Assert.Single(receipts.Distinct());
        Assert.Equal(7, JsonDocument.Parse(receipts[0]).RootElement.GetProperty("accepted").GetInt32());
        Assert.Single((await Client.GetJsonAsync("/api/uploads")).GetProperty("items").EnumerateArray());
        Assert.Equal(7, (await Client.GetJsonAsync("/api/articles")).GetProperty("items").GetArrayLength());
    }

    [SkippableFact]
    public async Task A_resent_request_finishes_an_upload_whose_store_was_interrupted()
    {
        var body = Body(Enumerable.Range(1, 5).Select(i => (object)new { key = $"r{i}", text = Articles.Text(i) }).ToArray());
        const string uploadId = "uinterrupted01";
        await StoreFirstBatchOnlyAsync(body, "resume-1", uploadId);
        var before = await Client.GetJsonAsync($"/api/uploads/{uploadId}");
        Assert.Equal("incomplete", before.GetProperty("state").GetString());
        Assert.Equal(2, before.GetProperty("accepted").GetInt32());

        using var resent = await PostAsync(body, "resume-1");

        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        var receipt = await resent.ReadAsync();
        Assert.Equal(uploadId, receipt.GetProperty("id").GetString());
        Assert.Equal(5, receipt.GetProperty("accepted").GetInt32());
        Assert.Equal(0, receipt.GetProperty("duplicates").GetInt32());
        await CorpusProgress.WaitUntilProcessedAsync(Client);
        var after = await Client.GetJsonAsync($"/api/uploads/{uploadId}");
        Assert.Equal("done", after.GetProperty("state").GetString());
        Assert.Equal(5, after.GetProperty("processed").GetInt32());
        Assert.Equal(5, (await Client.GetJsonAsync("/api/articles")).GetProperty("items").GetArrayLength());
    }

    /// <summary>Leaves the store as a request under <paramref name="idempotencyKey"/> does when its node stops after the first batch.</summary>
    private async Task StoreFirstBatchOnlyAsync(string body, string idempotencyKey, string uploadId)
    {
        var services = Factory.Services;
        var ct = CancellationToken.None;
        var maxArticleBytes = services.GetRequiredService<IOptions<UploadOptions>>().Value.MaxArticleBytes;
        await using var draft = services.GetRequiredService<UploadIngestor>().NewDraft();
        var reader = PipeReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        await draft.ReadAsync(NdjsonReader.ReadAsync(reader, new ArticleParser(maxArticleBytes), maxArticleBytes + (64 * 1024), ct), ct);
        await using var tx = await services.GetRequiredService<ICorpusStore>().BeginAsync(ct);
        Assert.True(await UploadRequests.TryClaimAsync(tx, string.Empty, idempotencyKey, draft.Fingerprint(), uploadId, 0, ct));
        await foreach (var batch in draft.Articles.BatchesAsync(ct))
        {
            var outcomes = await UploadArticles.StoreAsync(tx, uploadId, PackedArticle.AllOf([.. batch.Select(a => a.Article)]), 0, null, null, ct);
            await UploadRows.SaveAsync(tx, uploadId, new UploadTotals(draft.Received, outcomes.Length, 0, 0), complete: false, 0, ct);
            break;
        }
        await tx.CommitAsync(ct);
    }

    [SkippableFact]
    public async Task An_article_with_no_text_after_cleaning_is_listed_as_failed_with_its_upload()
    {
        using var response = await PostAsync(Body(
            new { key = "blank-page", html = "<html><head><title>Nothing here</title></head><body><script>var x = 1;</script><style>p { color: red; }</style></body></html>" },
            new { key = "good", text = Articles.Text(1) }));
        var id = (await response.ReadAsync()).GetProperty("id").GetString();

        await CorpusProgress.WaitUntilProcessedAsync(Client);
        var upload = await Client.GetJsonAsync($"/api/uploads/{id}");
        Assert.Equal("done", upload.GetProperty("state").GetString());
        Assert.Equal(1, upload.GetProperty("processed").GetInt32());
        Assert.Equal(1, upload.GetProperty("failed").GetInt32());
        var failure = Assert.Single(upload.GetProperty("failures").EnumerateArray());
        Assert.Equal("blank-page", failure.GetProperty("key").GetString());
        Assert.Contains("no article text", failure.GetProperty("reason").GetString());
    }

    [SkippableFact]
    public async Task Uploads_are_listed_newest_first_in_pages()
    {
        var ids = new List<string>();
        foreach (var n in new[] { 1, 2, 3 })
        {
            using var response = await PostAsync(Body(new { key = $"l{n}", text = Articles.Text(n) }, new { key = $"bad{n}" }));
            ids.Add((await response.ReadAsync()).GetProperty("id").GetString()!);
        }

        var first = await Client.GetJsonAsync("/api/uploads?limit=2");
        var items = first.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([ids[2], ids[1]], items.Select(u => u.GetProperty("id").GetString()));
        Assert.All(items, u =>
        {
            Assert.Equal(2, u.GetProperty("received").GetInt32());
            Assert.Equal(1, u.GetProperty("accepted").GetInt32());
            Assert.Equal(1, u.GetProperty("rejected").GetInt32());
            Assert.Contains(u.GetProperty("state").GetString(), new[] { "processing", "done" });
            Assert.True(u.GetProperty("receivedAt").TryGetDateTimeOffset(out _));
        });
        var next = first.GetProperty("next").GetString();
        var second = await Client.GetJsonAsync($"/api/uploads?limit=2&cursor={Uri.EscapeDataString(next!)}");
        Assert.Equal([ids[0]], second.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);

        var articleCursor = (await Client.GetJsonAsync("/api/articles?limit=1")).GetProperty("next").GetString();
        using var foreign = await Client.GetAsync($"/api/uploads?cursor={Uri.EscapeDataString(articleCursor!)}");
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
    }

    public void Dispose()
    {
        _client?.Dispose();
        _factory?.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteUploadIntegrityTests : UploadIntegrityTests
{
    protected override IDictionary<string, string?> StoreSettings() => new Dictionary<string, string?>();
}

public sealed class PostgresUploadIntegrityTests(PostgresServer postgres) : UploadIntegrityTests, IClassFixture<PostgresServer>
{
    protected override IDictionary<string, string?> StoreSettings()
    {
        Skip.If(postgres.Server is null, ThrowawayPostgres.MissingMessage);
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:Postgres:ConnectionString"] = postgres.Server.CreateDatabase(),
        };
    }
}
