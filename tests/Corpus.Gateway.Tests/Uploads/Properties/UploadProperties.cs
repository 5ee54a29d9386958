using System.Net;
using System.Net.Http.Headers;
using Corpus.Gateway.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Corpus.Gateway.Tests.Uploads.Properties;

/// <summary>A gateway without workers (only the upload path runs) and without upload limits, shared by the upload properties.</summary>
public sealed class UploadOnlyGateway : IDisposable
{
    private readonly CorpusFactory _factory = new(new Dictionary<string, string?>
    {
        ["Node:Roles"] = "gateway",
        ["Uploads:MaxArticleBytes"] = NdjsonLines.MaxArticleBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Limits:UploadsPerMinute"] = "0",
        ["Limits:ConcurrentUploads"] = "0",
    });

    public UploadOnlyGateway() => Client = _factory.CreateClient();

    public HttpClient Client { get; }

    /// <summary>Keys of every valid line uploaded so far: what the store must hold, and nothing else.</summary>
    public HashSet<string> ExpectedKeys { get; } = new(StringComparer.Ordinal);

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}

/// <summary>
/// Whole NDJSON uploads over HTTP: never a 5xx, every line counted, exactly the invalid lines rejected with an error,
/// and the store holds exactly the valid lines.
/// </summary>
public sealed class UploadProperties(UploadOnlyGateway gateway) : IClassFixture<UploadOnlyGateway>
{
    [Property(MaxTest = 150)]
    public Property Every_upload_stores_exactly_its_valid_lines() =>
        Prop.ForAll(Arb.From(NdjsonLines.Bodies(maxLines: 20, withOverLongLines: true)), body =>
            Task.Run(() => CheckAsync(body)).GetAwaiter().GetResult());

    private async Task CheckAsync(NdjsonBody body)
    {
        using var content = new ByteArrayContent(body.ToBytes());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var response = await gateway.Client.PostAsync("/api/uploads", content);

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var receipt = await response.ReadAsync();
        var valid = body.Lines.Where(l => l.Valid).ToList();
        Assert.Equal(body.Lines.Count, receipt.GetProperty("received").GetInt32());
        Assert.Equal(valid.Count, receipt.GetProperty("accepted").GetInt32());
        Assert.Equal(0, receipt.GetProperty("duplicates").GetInt32());
        var rejected = receipt.GetProperty("rejected").EnumerateArray().ToList();
        var invalidLines = body.Lines.Select((l, i) => (l, i)).Where(x => !x.l.Valid).Select(x => x.i + 1);
        Assert.Equal(invalidLines, rejected.Select(r => r.GetProperty("line").GetInt32()));
        Assert.All(rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("error").GetString())));

        gateway.ExpectedKeys.UnionWith(valid.Select(l => l.Key!));
        Assert.Equal(gateway.ExpectedKeys.Order(StringComparer.Ordinal), (await StoredKeysAsync()).Order(StringComparer.Ordinal));
    }

    private async Task<List<string>> StoredKeysAsync()
    {
        var keys = new List<string>();
        string? cursor = null;
        do
        {
            var page = await gateway.Client.GetJsonAsync("/api/articles?limit=500" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor)));
            keys.AddRange(page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("key").GetString() ?? "(no key)"));
            cursor = page.GetProperty("next").GetString();
        }
        while (cursor is not null);
        return keys;
    }
}
