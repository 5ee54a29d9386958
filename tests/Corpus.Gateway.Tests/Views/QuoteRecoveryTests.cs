using System.Net;
using Corpus.Gateway.Tests.Infrastructure;
using Corpus.TestSupport;
using Microsoft.Data.Sqlite;

namespace Corpus.Gateway.Tests.Views;

/// <summary>
/// A silo can be lost after a speaker grain stored an attribution but before it told the speaker's quotes. The articles
/// it was settling are handed on again after the restart, each in a pass of its own here, so the family's speaker grain
/// is activated by another article first: the lost quote must still be made when its own article comes back.
/// </summary>
public sealed class QuoteRecoveryTests : IDisposable
{
    private readonly string _database = Path.Combine(Directory.CreateTempSubdirectory("corpus-quote-recovery-").FullName, "corpus.db");

    [Fact]
    public async Task A_quote_lost_with_its_silo_is_made_when_its_article_is_handed_on_again()
    {
        await ProcessTwoSmithsAsync();
        await TamperAsync(
            """
            DELETE FROM quotes WHERE speaker_id IN (SELECT id FROM speakers WHERE name = 'John Smith');
            DELETE FROM statement_quotes WHERE statement_id IN (
                SELECT ss.statement_id FROM statement_speakers ss JOIN speakers s ON s.id = ss.speaker_id WHERE s.name = 'John Smith');
            UPDATE articles SET state = 'settled', processed_at = NULL;
            """);

        await using var factory = NewFactory(maxPass: 1);
        using var client = factory.CreateClient();
        await CorpusProgress.WaitUntilProcessedAsync(client);
        Assert.Equal(["Jane Smith", "John Smith"], await QuotedSpeakersAsync(client));
    }

    /// <summary>
    /// Attributions moved (a later article told two speakers apart), the silo was lost before the quotes were grouped
    /// again, and the articles concerned were processed long ago: the family's next activation finds the disagreement.
    /// </summary>
    [Fact]
    public async Task Quotes_left_disagreeing_with_the_attribution_are_grouped_again_when_the_family_wakes()
    {
        await ProcessTwoSmithsAsync();
        await TamperAsync(
            """
            UPDATE statement_quotes SET quote_id = (SELECT q.id FROM quotes q JOIN speakers s ON s.id = q.speaker_id WHERE s.name = 'Jane Smith')
            WHERE statement_id IN (SELECT ss.statement_id FROM statement_speakers ss JOIN speakers s ON s.id = ss.speaker_id WHERE s.name = 'John Smith');
            DELETE FROM quotes WHERE speaker_id IN (SELECT id FROM speakers WHERE name = 'John Smith');
            """);

        await using var factory = NewFactory(maxPass: 1000);
        using var client = factory.CreateClient();
        await UploadAsync(client, Report("courier-ferry", "Bob Smith", "The ferry timetable was written for a town half this size and it shows every morning"));
        Assert.Equal(["Bob Smith", "Jane Smith", "John Smith"], await QuotedSpeakersAsync(client));
        var quotes = (await client.GetJsonAsync("/api/quotes")).GetProperty("items").EnumerateArray();
        Assert.All(quotes, q => Assert.Equal(1, q.GetProperty("sourceCount").GetInt32()));
    }

    private async Task ProcessTwoSmithsAsync()
    {
        await using (var factory = NewFactory(maxPass: 1000))
        {
            using var client = factory.CreateClient();
            await UploadAsync(client,
                Report("daily-library", "Jane Smith", "The new library will open its doors to every child in the county next spring"),
                Report("herald-harbour", "John Smith", "Nobody should have to wait four years for the harbour wall to be repaired"));
            Assert.Equal(["Jane Smith", "John Smith"], await QuotedSpeakersAsync(client));
        }
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Leaves the store as a silo lost mid-way would have.</summary>
    private async Task TamperAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.True(await command.ExecuteNonQueryAsync() >= 2);
    }

    private static async Task UploadAsync(HttpClient client, params object[] articles)
    {
        using var response = await client.PostAsync("/api/uploads", Articles.Ndjson(articles));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await CorpusProgress.WaitUntilProcessedAsync(client);
    }

    private static async Task<List<string?>> QuotedSpeakersAsync(HttpClient client) =>
        [.. (await client.GetJsonAsync("/api/quotes")).GetProperty("items").EnumerateArray()
            .Select(q => q.GetProperty("speaker").GetProperty("name").GetString()).Order()];

    private static object Report(string key, string speaker, string quote) => new
    {
        key,
        source = key.Split('-')[0],
        text = $"Council news\n\n\"{quote},\" {speaker} said on Monday at the town hall.\n\nThe council meets again in May to vote on the budget for the coming year.",
    };

    private CorpusFactory NewFactory(int maxPass) => new(new Dictionary<string, string?>
    {
        ["Storage:Sqlite:Path"] = _database,
        ["Intake:MaxPass"] = maxPass.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_database)!, recursive: true);
}
