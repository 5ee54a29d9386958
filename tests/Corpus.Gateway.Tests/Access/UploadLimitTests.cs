using System.Net;
using System.Net.Http.Headers;
using Corpus.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Corpus.Gateway.Tests.Access;

/// <summary>Upload rate and concurrency limits per client: 429 with Retry-After, other requests untouched.</summary>
public sealed class UploadLimitTests : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    private HttpClient Start(Dictionary<string, string?> settings, bool overTheNetwork = false, CapturedLogs? logs = null)
    {
        var factory = new CorpusFactory(settings);
        _owned.Add(factory);
        var configured = logs is null ? factory : factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        if (overTheNetwork)
        {
            // The in-memory test server reads a request body whole before the app sees the request.
            configured.UseKestrel(0);
        }
        // Following redirects would buffer each request body before sending it.
        configured.ClientOptions.AllowAutoRedirect = false;
        var client = configured.CreateClient();
        if (configured != factory)
        {
            _owned.Add(configured);
        }
        _owned.Add(client);
        return client;
    }

    private static HttpRequestMessage Upload(int n, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = Articles.Ndjson(new { key = $"r{n}", text = Articles.Text(n) }) };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return request;
    }

    [Fact]
    public async Task Uploads_over_the_burst_get_429_with_retry_after_and_reads_go_on()
    {
        // One upload a minute: the bucket cannot refill between these requests.
        var client = Start(new() { ["Limits:UploadBurst"] = "2", ["Limits:UploadsPerMinute"] = "1" });
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            using var request = Upload(i);
            last?.Dispose();
            last = await client.SendAsync(request);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last!.Headers.RetryAfter?.Delta);
        Assert.True(last.Headers.RetryAfter.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        last.Dispose();
        using var read = await client.GetAsync("/api/articles");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Each_key_has_its_own_limit()
    {
        var client = Start(new()
        {
            ["Limits:UploadBurst"] = "1",
            ["Limits:UploadsPerMinute"] = "1",
            ["Auth:ApiKeys:0"] = "key-a",
            ["Auth:ApiKeys:1"] = "key-b",
        });
        using var a1 = Upload(1, "key-a");
        using var a2 = Upload(2, "key-a");
        using var b1 = Upload(3, "key-b");
        Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(a1)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(a2)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(b1)).StatusCode);
    }

    [Fact]
    public async Task A_client_over_its_concurrent_uploads_gets_429()
    {
        var logs = new CapturedLogs();
        var client = Start(
            new() { ["Limits:ConcurrentUploads"] = "1", ["Limits:UploadsPerMinute"] = "0", ["Logging:LogLevel:Microsoft.AspNetCore.Routing"] = "Information" },
            overTheNetwork: true,
            logs);
        var (held, slowResponse) = await StartHeldUploadAsync(client);
        // The endpoint runs behind the limiter: once it runs, the held upload has the client's only permit.
        await UntilAsync(() => logs.Entries.Any(e => e.Contains("Executing endpoint", StringComparison.Ordinal) && e.Contains("/api/uploads", StringComparison.Ordinal)));

        using var second = Upload(2);
        using var refused = await client.SendAsync(second);
        held.Finish();
        using var finished = await slowResponse;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.Accepted, finished.StatusCode);
        using var third = Upload(3);
        Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(third)).StatusCode);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1_000 && !condition(); i++)
        {
            await Task.Delay(20);
        }
        Assert.True(condition(), "the held upload never reached its endpoint");
    }

    private static async Task<(HeldBody Held, Task<HttpResponseMessage> Response)> StartHeldUploadAsync(HttpClient client)
    {
        var held = new HeldBody(Articles.Line(new { key = "slow", text = Articles.Text(1) }) + "\n");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = held };
        var response = client.SendAsync(request);
        await held.Started.Task;
        return (held, response);
    }

    /// <summary>An NDJSON body that sends its first line, then waits until told to finish.</summary>
    private sealed class HeldBody : HttpContent
    {
        private readonly byte[] _first;
        private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldBody(string first)
        {
            _first = System.Text.Encoding.UTF8.GetBytes(first);
            Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        }

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Finish() => _finish.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(_first);
            await stream.FlushAsync();
            Started.TrySetResult();
            await _finish.Task;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }
    }
}
