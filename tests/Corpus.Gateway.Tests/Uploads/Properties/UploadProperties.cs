using System.Net;
using System.Net.Http.Headers;
using Corpus.Gateway.Tests.Infrastructure;
using Corpus.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Corpus.Gateway.Tests.Uploads.Properties;

/// <summary>A node without upload limits, shared by the upload properties.</summary>
public class UnlimitedUploadsGateway : IDisposable
{
    private readonly CorpusFactory _factory;

    public UnlimitedUploadsGateway()
        : this(new Dictionary<string, string?>())
    {
    }

    protected UnlimitedUploadsGateway(Dictionary<string, string?> storeSettings)
    {
        storeSettings["Uploads:MaxArticleBytes"] = NdjsonLines.MaxArticleBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        storeSettings["Limits:UploadsPerMinute"] = "0";
        storeSettings["Limits:ConcurrentUploads"] = "0";
        _factory = new CorpusFactory(storeSettings);
        Client = _factory.CreateClient();
    }

    public HttpClient Client { get; }

    /// <summary>Keys of every valid line uploaded so far: what the store must hold, and nothing else.</summary>
    public HashSet<string> ExpectedKeys { get; } = new(StringComparer.Ordinal);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Client.Dispose();
            _factory.Dispose();
        }
    }
}

/// <summary>The same on a throwaway PostgreSQL, where text cannot hold NUL; null when PostgreSQL is not installed.</summary>
public sealed class PostgresUnlimitedUploadsGateway : IDisposable
{
    private readonly ThrowawayPostgres? _server = ThrowawayPostgres.TryStart();

    public PostgresUnlimitedUploadsGateway() =>
        Gateway = _server is null ? null : new PostgresGateway(_server.CreateDatabase());

    public UnlimitedUploadsGateway? Gateway { get; }

    public void Dispose()
    {
        Gateway?.Dispose();
        _server?.Dispose();
    }

    private sealed class PostgresGateway(string connectionString) : UnlimitedUploadsGateway(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:Postgres:ConnectionString"] = connectionString,
    });
}

/// <summary>
/// Whole NDJSON uploads over HTTP, as the body or as a .ndjson file of a multipart upload: never a 5xx, every line counted, exactly the invalid lines rejected with an error,
/// and the store holds exactly the valid lines.
/// </summary>
public sealed class UploadProperties(UnlimitedUploadsGateway gateway) : IClassFixture<UnlimitedUploadsGateway>
{
    [Property(MaxTest = 150)]
    public Property Every_upload_stores_exactly_its_valid_lines() => Uploads(gateway);

    internal static Property Uploads(UnlimitedUploadsGateway gateway) =>
        Prop.ForAll(Arb.From(Gen.Zip(NdjsonLines.Bodies(maxLines: 20, withOverLongLines: true), Gen.Elements(false, true))), upload =>
            Task.Run(() => CheckAsync(gateway, upload.Item1, asMultipartFile: upload.Item2)).GetAwaiter().GetResult());

    private static HttpContent Content(NdjsonBody body, bool asMultipartFile)
    {
        var ndjson = new ByteArrayContent(body.ToBytes());
        ndjson.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        return asMultipartFile ? new MultipartFormDataContent { { ndjson, "files", "generated.ndjson" } } : ndjson;
    }

    private static async Task CheckAsync(UnlimitedUploadsGateway gateway, NdjsonBody body, bool asMultipartFile)
    {
        using var content = Content(body, asMultipartFile);
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
        Assert.Equal(gateway.ExpectedKeys.Order(StringComparer.Ordinal), (await StoredKeysAsync(gateway)).Order(StringComparer.Ordinal));
    }

    private static async Task<List<string>> StoredKeysAsync(UnlimitedUploadsGateway gateway)
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

public sealed class PostgresUploadProperties(PostgresUnlimitedUploadsGateway postgres) : IClassFixture<PostgresUnlimitedUploadsGateway>
{
    [SkippableFact]
    public void Every_upload_stores_exactly_its_valid_lines_on_postgres()
    {
        Skip.If(postgres.Gateway is null, ThrowawayPostgres.MissingMessage);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), UploadProperties.Uploads(postgres.Gateway));
    }
}
