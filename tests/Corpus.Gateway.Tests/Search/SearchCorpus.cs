using System.Net;
using Corpus.Gateway.Tests.Infrastructure;
using Corpus.Gateway.Tests.Uploads;
using Corpus.TestSupport;

namespace Corpus.Gateway.Tests.Search;

/// <summary>
/// A small corpus uploaded through the API once per store: "harbour" once in one quote and twice in another of the
/// same length; one bridge quote carried by two outlets on different days; an undated article.
/// </summary>
public abstract class SearchCorpus : IAsyncLifetime
{
    private CorpusFactory? _factory;

    public HttpClient? Client { get; private set; }

    /// <summary>The gateway's settings for this store, or null when the store cannot be had here.</summary>
    protected abstract IDictionary<string, string?>? StoreSettings();

    public async Task InitializeAsync()
    {
        var settings = StoreSettings();
        if (settings is null)
        {
            return;
        }
        _factory = new CorpusFactory(settings);
        Client = _factory.CreateClient();
        const string bridge = "\"We will rebuild the bridge before the winter comes,\" Councillor Peter Vance said.";
        using var response = await Client.PostAsync("/api/uploads", Articles.Ndjson(
            Article(
                "daily-harbour",
                "Daily",
                "2024-03-01",
                "Harbour plan divides the town\n\n\"The harbour must stay open to fishermen and to every ferry,\" Mayor Jane Holloway said.\n\nThe council meets again on Friday. Engineers presented three designs for the new quay, and the cheapest one would close the northern basin for a whole summer season."),
            Article(
                "herald-harbour",
                "Herald",
                "2024-03-05T09:30:00Z",
                "Mayor defends the quay works\n\n\"The harbour is the town, and the harbour must stay open,\" Mayor Jane Holloway said.\n\nCouncillor Peter Vance said the budget could not pay for a second quay.\n\nShop owners near the water say trade has fallen by a third since the works began last spring, and several cafes have cut their opening hours."),
            Article(
                "herald-bridge",
                "Herald",
                "2024-02-10",
                $"Bridge repairs to begin in autumn\n\n{bridge}\n\nThe old span has been closed to lorries since a crack was found in one of its piers. Drivers face a detour of twelve kilometres through the valley villages."),
            Article(
                "daily-bridge",
                "Daily",
                "2024-02-12",
                $"Council backs money for river crossing\n\n{bridge}\n\nThe vote passed by nine votes to four after an evening session. Opponents wanted the money spent on the school roof and on buses for the northern estates."),
            Article(
                "post-ferries",
                "Post",
                published: null,
                "New timetable for the island boats\n\n\"Ferries will leave the port every hour from June,\" said Ana Ruiz, who runs the island shipping line.\n\nTickets bought before May stay valid. The line adds a night crossing on Fridays and Saturdays during the summer months.")));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await CorpusProgress.WaitUntilProcessedAsync(Client);
    }

    private static Dictionary<string, string> Article(string key, string source, string? published, string text)
    {
        var article = new Dictionary<string, string> { ["key"] = key, ["source"] = source, ["text"] = text };
        if (published is not null)
        {
            article["published"] = published;
        }
        return article;
    }

    public virtual Task DisposeAsync()
    {
        Client?.Dispose();
        _factory?.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SqliteSearchCorpus : SearchCorpus
{
    protected override IDictionary<string, string?>? StoreSettings() => new Dictionary<string, string?>();
}

public sealed class PostgresSearchCorpus : SearchCorpus
{
    private readonly PostgresServer _postgres = new();

    protected override IDictionary<string, string?>? StoreSettings() =>
        _postgres.Server is { } server
            ? new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "postgres",
                ["Storage:Postgres:ConnectionString"] = server.CreateDatabase(),
            }
            : null;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _postgres.Dispose();
    }
}
