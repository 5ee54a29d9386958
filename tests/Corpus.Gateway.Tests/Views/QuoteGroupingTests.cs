using Corpus.TestSupport;
using System.Net;
using Corpus.Gateway.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Corpus.Gateway.Tests.Views;

/// <summary>
/// A speaker's quote grain derives its grouping from the stored statements when it is activated, so a wording uploaded
/// after a restart joins the quote it reports exactly as it would have without the restart.
/// </summary>
public sealed class QuoteGroupingTests : IDisposable
{
    private const string Full = "We will rebuild the old river bridge before the first snow falls, whatever the cost turns out to be";
    private const string Other = "Nobody in this city should wait four years for a bus that never comes on time";

    private readonly string _database = Path.Combine(Directory.CreateTempSubdirectory("corpus-quotes-").FullName, "corpus.db");

    private static object Report(string outlet, string quote, string extra) => new
    {
        key = $"{outlet}-bridge",
        source = outlet,
        text = $"Mayor pledges bridge\n\n\"{quote},\" Mayor Ruth Alder said on Monday.\n\n{extra}",
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_later_wording_joins_the_quote_it_reports(bool restartedBetween)
    {
        var factory = NewFactory();
        var client = factory.CreateClient();
        await UploadAsync(client,
            Report("Daily", Full, $"She also said: \"{Other}.\" The council meets again in May to vote on the budget."),
            Report("Herald", Full[..Full.IndexOf(", whatever", StringComparison.Ordinal)], "Engineers presented three designs to the council, which will choose one of them next month."));
        if (restartedBetween)
        {
            client.Dispose();
            await factory.DisposeAsync();
            factory = NewFactory();
            client = factory.CreateClient();
        }

        await UploadAsync(client, Report("Courier", "We will rebuild the old [Harbour Street] bridge before the first snow falls", "Residents on the east bank have waited four years for a crossing, shop owners said."));

        var quotes = (await client.GetJsonAsync("/api/quotes")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, quotes.Count);
        var bridge = Assert.Single(quotes, q => q.GetProperty("sourceCount").GetInt32() == 3);
        Assert.Equal(Full, bridge.GetProperty("text").GetString());
        client.Dispose();
        await factory.DisposeAsync();
    }

    private CorpusFactory NewFactory() => new(new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = _database });

    private static async Task UploadAsync(HttpClient client, params object[] articles)
    {
        using var response = await client.PostAsync("/api/uploads", Articles.Ndjson(articles));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await CorpusProgress.WaitUntilProcessedAsync(client);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_database)!, recursive: true);
    }
}
