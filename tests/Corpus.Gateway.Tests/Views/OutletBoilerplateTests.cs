using Corpus.TestSupport;
using System.Net;
using System.Text.Json;
using Corpus.Gateway.Tests.Infrastructure;

namespace Corpus.Gateway.Tests.Views;

/// <summary>
/// Boilerplate learnt across the corpus: a paragraph that one outlet prints under many of its articles is taken out of
/// all of them, the earlier ones included, while another outlet that printed it once keeps it, and no quote is lost.
/// </summary>
public sealed class OutletBoilerplateTests : IDisposable
{
    private const string Footer = "Subscribe to the Gazette for ten dollars a month and never miss a story from the valley.";

    private static readonly string[] Stories =
    [
        "Harbour dredging begins\n\nDredgers started clearing silt from the harbour mouth on Tuesday, months later than planned.",
        "Library extends opening hours\n\nThe central library will stay open until nine in the evening from next week, the trust announced.",
        "Farmers report early harvest\n\nA warm spring brought the apple harvest forward by almost three weeks across the valley orchards.",
        "Rail line closes for repairs\n\nThe valley rail line will close for ten days in August while engineers replace a worn viaduct.",
    ];

    private readonly CorpusFactory _factory = new();
    private readonly HttpClient _client;

    public OutletBoilerplateTests() => _client = _factory.CreateClient();

    private static object GazetteArticle(int n) => new
    {
        key = $"gazette-{n}",
        source = "Gazette",
        text = $"{Stories[n]}\n\n{Footer}\n\n\"We expect the work on story {n} to finish on time,\" spokeswoman Maria Lopez said.",
    };

    [Fact]
    public async Task Recurring_outlet_paragraphs_leave_every_article_of_that_outlet_only()
    {
        await UploadAsync(GazetteArticle(0), GazetteArticle(1), GazetteArticle(2), new
        {
            key = "courier-1",
            source = "Courier",
            text = $"Market hall reopens\n\nThe restored market hall reopened on Saturday with forty stalls.\n\n{Footer}",
        });
        await UploadAsync(GazetteArticle(3));

        for (var n = 0; n < Stories.Length; n++)
        {
            var article = await ArticleAsync($"gazette-{n}");
            var text = article.GetProperty("text").GetString()!;
            Assert.DoesNotContain("Subscribe to the Gazette", text);
            Assert.Contains(Stories[n].Split("\n\n")[1], text);
            var statements = article.GetProperty("statements").EnumerateArray().ToList();
            foreach (var statement in statements)
            {
                var start = statement.GetProperty("start").GetInt32();
                var end = statement.GetProperty("end").GetInt32();
                Assert.Equal(statement.GetProperty("text").GetString(), text[start..end]);
            }
            Assert.Single(statements, s => s.GetProperty("kind").GetString() == "direct" && s.GetProperty("text").GetString()!.Contains($"story {n}", StringComparison.Ordinal));
        }
        Assert.Contains("Subscribe to the Gazette", (await ArticleAsync("courier-1")).GetProperty("text").GetString());
        var found = (await _client.GetJsonAsync("/api/articles?q=subscribe%20gazette")).GetProperty("items").EnumerateArray();
        Assert.Equal(["courier-1"], found.Select(a => a.GetProperty("key").GetString()));
    }

    private async Task UploadAsync(params object[] articles)
    {
        using var response = await _client.PostAsync("/api/uploads", Articles.Ndjson(articles));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await CorpusProgress.WaitUntilProcessedAsync(_client);
    }

    private async Task<JsonElement> ArticleAsync(string key)
    {
        var page = await _client.GetJsonAsync($"/api/articles?limit=100");
        var id = page.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("key").GetString() == key).GetProperty("id").GetString();
        return await _client.GetJsonAsync($"/api/articles/{id}");
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
