using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Corpus.Gateway.Tests.Infrastructure;
using Corpus.TestSupport;

namespace Corpus.Gateway.Tests.Uploads;

/// <summary>
/// Lines that a JSON parser accepts but a store cannot hold (an unpaired surrogate escape, a NUL) are rejected
/// alone, in every upload format and on both stores, and the rest of the upload lands.
/// </summary>
public abstract class BadLineTests : IDisposable
{
    private CorpusFactory? _factory;
    private HttpClient? _client;

    protected abstract IDictionary<string, string?>? StoreSettings();

    protected HttpClient Client
    {
        get
        {
            if (_client is null)
            {
                _factory = new CorpusFactory(StoreSettings());
                _client = _factory.CreateClient();
            }
            return _client;
        }
    }

    private static string Good(string key, int n) => Articles.Line(new { key, text = Articles.Text(n) });

    // Written by hand: a serializer would never produce these escapes.
    private const string SurrogateInText = """{"key":"lone-text","text":"x \ud800 y"}""";
    private const string SurrogateInKey = """{"key":"k \udc00","text":"a body"}""";
    private const string NulInText = """{"key":"nul","text":"before \u0000 after"}""";
    private const string NulInTitle = """{"key":"nul-title","title":"a\u0000b","text":"some body"}""";
    private const string SurrogateInUnknownName = """{"\ud800":1,"key":"name","text":"another body"}""";
    private const string ValidPair = """{"key":"pair","text":"A smile \ud83d\ude00 in a story that is long enough to keep."}""";

    [SkippableFact]
    public async Task Ndjson_rejects_surrogate_and_nul_lines_alone()
    {
        var body = string.Join('\n', Good("g1", 1), SurrogateInText, SurrogateInKey, NulInText, NulInTitle, ValidPair, Good("g2", 2), SurrogateInUnknownName) + "\n";
        using var response = await Client.PostAsync("/api/uploads", Articles.Ndjson(body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.ReadAsync();
        Assert.Equal(8, receipt.GetProperty("received").GetInt32());
        Assert.Equal(4, receipt.GetProperty("accepted").GetInt32());
        var rejected = Rejections(receipt);
        Assert.Equal([2, 3, 4, 5], rejected.Keys.Order());
        Assert.Contains("surrogate", rejected[2]);
        Assert.Contains("\"text\"", rejected[2]);
        Assert.Contains("surrogate", rejected[3]);
        Assert.Contains("\"key\"", rejected[3]);
        Assert.Contains("NUL", rejected[4]);
        Assert.Contains("\"title\"", rejected[5]);

        await CorpusProgress.WaitUntilProcessedAsync(Client);
        var articles = await Client.GetJsonAsync("/api/articles?limit=500");
        Assert.Equal(["g1", "g2", "name", "pair"], articles.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("key").GetString()).Order());
    }

    [SkippableFact]
    public async Task Json_array_rejects_surrogate_and_nul_elements_alone()
    {
        var body = $"[{Good("j1", 3)},{SurrogateInText},{NulInText},{Good("j2", 4)}]";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync("/api/uploads", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.ReadAsync();
        Assert.Equal(4, receipt.GetProperty("received").GetInt32());
        Assert.Equal(2, receipt.GetProperty("accepted").GetInt32());
        Assert.Equal([2, 3], Rejections(receipt).Keys.Order());
    }

    [SkippableFact]
    public async Task Multipart_files_reject_surrogate_and_nul_lines_alone()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Good("m1", 5) + "\n" + SurrogateInKey + "\n" + NulInText + "\n"), "files", "batch.ndjson" },
            { new StringContent($"[{SurrogateInText},{Good("m2", 6)}]"), "files", "batch.json" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("binary\0text")), "files", "nul.txt" },
        };
        using var response = await Client.PostAsync("/api/uploads", form);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.ReadAsync();
        Assert.Equal(2, receipt.GetProperty("accepted").GetInt32());
        var errors = Rejections(receipt).Values.ToList();
        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("batch.ndjson line 2:", StringComparison.Ordinal) && e.Contains("surrogate", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("batch.ndjson line 3:", StringComparison.Ordinal) && e.Contains("NUL", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("batch.json line 1:", StringComparison.Ordinal) && e.Contains("surrogate", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("nul.txt:", StringComparison.Ordinal) && e.Contains("NUL", StringComparison.Ordinal));
    }

    private static Dictionary<int, string> Rejections(JsonElement receipt) =>
        receipt.GetProperty("rejected").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("error").GetString()!);

    public void Dispose()
    {
        _client?.Dispose();
        _factory?.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteBadLineTests : BadLineTests
{
    protected override IDictionary<string, string?>? StoreSettings() => null;
}

public sealed class PostgresBadLineTests(PostgresServer postgres) : BadLineTests, IClassFixture<PostgresServer>
{
    protected override IDictionary<string, string?>? StoreSettings()
    {
        Skip.If(postgres.Server is null, ThrowawayPostgres.MissingMessage);
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:Postgres:ConnectionString"] = postgres.Server.CreateDatabase(),
        };
    }
}

/// <summary>One throwaway PostgreSQL per test class; each test gets its own database.</summary>
public sealed class PostgresServer : IDisposable
{
    public ThrowawayPostgres? Server { get; } = ThrowawayPostgres.TryStart();

    public void Dispose() => Server?.Dispose();
}
