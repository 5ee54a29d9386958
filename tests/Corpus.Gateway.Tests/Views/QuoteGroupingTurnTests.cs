using System.Net;
using Corpus.Gateway.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Corpus.Gateway.Tests.Views;

/// <summary>
/// A quote turn reads only the quotes sharing a sketch key with its new wordings; quotes whose keys are not stored
/// (a store migrated from an older version) get them on their speaker's next turn and still gather new wordings.
/// </summary>
public sealed class QuoteGroupingTurnTests : IDisposable
{
    private const string Full = "We will rebuild the old river bridge before the first snow falls, whatever the cost turns out to be";
    private const string Other = "Nobody in this city should wait four years for a bus that never comes on time";

    private readonly string _database = Path.Combine(Directory.CreateTempSubdirectory("corpus-quote-keys-").FullName, "corpus.db");
    private readonly CorpusFactory _factory;
    private readonly HttpClient _client;

    public QuoteGroupingTurnTests()
    {
        _factory = new CorpusFactory(new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = _database });
        _client = _factory.CreateClient();
    }

    private static object Report(string outlet, string quote, string extra) => new
    {
        key = $"{outlet}-bridge",
        source = outlet,
        text = $"Mayor pledges bridge\n\n\"{quote},\" Mayor Ruth Alder said on Monday.\n\n{extra}",
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_later_wording_joins_the_quote_it_reports(bool groupedBeforeKeysWereKept)
    {
        await UploadAsync(
            Report("Daily", Full, $"She also said: \"{Other}.\" The council meets again in May to vote on the budget."),
            Report("Herald", Full[..Full.IndexOf(", whatever", StringComparison.Ordinal)], "Engineers presented three designs to the council, which will choose one of them next month."));
        if (groupedBeforeKeysWereKept)
        {
            await ExecuteAsync("DELETE FROM quote_sketch_keys; UPDATE quotes SET keyed = 0;");
        }

        await UploadAsync(Report("Courier", "We will rebuild the old [Harbour Street] bridge before the first snow falls", "Residents on the east bank have waited four years for a crossing, shop owners said."));

        var quotes = (await _client.GetJsonAsync("/api/quotes")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, quotes.Count);
        var bridge = Assert.Single(quotes, q => q.GetProperty("sourceCount").GetInt32() == 3);
        Assert.Equal(Full, bridge.GetProperty("text").GetString());
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM quotes WHERE keyed = 0"));
        Assert.True(await ScalarAsync("SELECT COUNT(DISTINCT quote_id) FROM quote_sketch_keys") == 2);
    }

    private async Task UploadAsync(params object[] articles)
    {
        using var response = await _client.PostAsync("/api/uploads", Articles.Ndjson(articles));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await CorpusFactory.WaitForQueueAsync(_client);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_database)!, recursive: true);
    }
}
