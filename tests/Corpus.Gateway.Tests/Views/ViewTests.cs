using Corpus.TestSupport;
using System.Net;
using System.Text.Json;
using Corpus.Gateway.Tests.Infrastructure;

namespace Corpus.Gateway.Tests.Views;

/// <summary>Every read endpoint of API v1 over one small corpus: two outlets carry the same quote and meeting.</summary>
public sealed class ViewTests : IClassFixture<ViewTests.Corpus>
{
    private readonly HttpClient _client;

    public ViewTests(Corpus corpus) => _client = corpus.Client;

    public sealed class Corpus : IAsyncLifetime
    {
        private readonly CorpusFactory _factory = new();

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Client = _factory.CreateClient();
            var meeting = "Mayor Jane Holloway met with Governor Tom Reed on Monday to discuss the bridge.";
            var quote = "\"We will rebuild the bridge before the winter comes,\" Holloway said.";
            using var response = await Client.PostAsync("/api/uploads", Articles.Ndjson(
                new { key = "daily-1", source = "Daily", published = "2024-03-04", text = $"Mayor and governor agree bridge plan\n\n{meeting}\n\n{quote}\n\nThe talks lasted two hours and ended with a joint statement on funding. Engineers from the state transport office presented three designs, and the city council will vote on the cheapest of them next month." },
                new { key = "herald-1", source = "Herald", published = "2024-03-05", text = $"Governor and mayor talk bridge\n\n{meeting}\n\n{quote}\n\nCritics were not convinced. Residents on the east bank have waited four years for a crossing, and local shop owners say the detour has cost them a third of their trade since the old span closed." },
                new { key = "other", source = "Herald", text = "School term starts early this year\n\nThe school board moved the first day of term to August. \"Families asked for it,\" board chair Ana Ruiz said." }));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            await CorpusProgress.WaitUntilProcessedAsync(Client);
        }

        public Task DisposeAsync()
        {
            Client.Dispose();
            _factory.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Articles_list_filters_by_source_and_text_and_shows_statements()
    {
        var herald = await _client.GetJsonAsync("/api/articles?source=Herald");
        Assert.Equal(2, herald.GetProperty("items").GetArrayLength());
        var bridge = await _client.GetJsonAsync("/api/articles?q=BRIDGE&source=Daily");
        var article = Assert.Single(bridge.GetProperty("items").EnumerateArray());
        Assert.Equal("daily-1", article.GetProperty("key").GetString());
        Assert.Equal("2024-03-04", article.GetProperty("published").GetString());
        Assert.Equal("Mayor and governor agree bridge plan", article.GetProperty("title").GetString());
        Assert.DoesNotContain("agree bridge plan", article.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("duplicateOf").ValueKind);
        var statement = Assert.Single(article.GetProperty("statements").EnumerateArray());
        Assert.Equal("direct", statement.GetProperty("kind").GetString());
        Assert.Contains("rebuild the bridge", statement.GetProperty("text").GetString());
        Assert.Contains("Holloway", statement.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("Daily", statement.GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_cursor_goes_only_with_the_list_it_came_from()
    {
        var byId = (await _client.GetJsonAsync("/api/articles?limit=1")).GetProperty("next").GetString()!;
        var search = (await _client.GetJsonAsync("/api/articles?q=the&limit=1")).GetProperty("next").GetString()!;
        await AssertProblemAsync($"/api/articles?q=the&cursor={Uri.EscapeDataString(byId)}", HttpStatusCode.BadRequest);
        await AssertProblemAsync($"/api/articles?cursor={Uri.EscapeDataString(search)}", HttpStatusCode.BadRequest);
        Assert.Equal(JsonValueKind.Array, (await _client.GetJsonAsync($"/api/articles?q=the&limit=1&cursor={Uri.EscapeDataString(search)}")).GetProperty("items").ValueKind);
    }

    [Fact]
    public async Task Article_by_id_and_unknown_id()
    {
        var first = (await _client.GetJsonAsync("/api/articles?limit=1")).GetProperty("items")[0];
        var id = first.GetProperty("id").GetString();
        var article = await _client.GetJsonAsync($"/api/articles/{id}");
        Assert.Equal(id, article.GetProperty("id").GetString());
        foreach (var field in new[] { "key", "source", "url", "title", "published", "authors", "text", "duplicateOf", "duplicates", "statements" })
        {
            Assert.True(article.TryGetProperty(field, out _), $"article lacks {field}");
        }
        await AssertProblemAsync("/api/articles/missing", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Pages_follow_cursors_without_repeats()
    {
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await _client.GetJsonAsync("/api/articles?limit=1" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor)));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()!));
            cursor = page.GetProperty("next").GetString();
        }
        while (cursor is not null);
        Assert.Equal(3, seen.Count);
        Assert.Equal(3, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("/api/articles?limit=0")]
    [InlineData("/api/articles?limit=501")]
    [InlineData("/api/speakers?limit=ten")]
    [InlineData("/api/quotes?cursor=%%%")]
    [InlineData("/api/meetings?from=yesterday")]
    [InlineData("/api/quotes?minSources=0")]
    public async Task Bad_query_parameters_are_problems(string path) => await AssertProblemAsync(path, HttpStatusCode.BadRequest);

    [Fact]
    public async Task Speakers_have_counts_statements_and_meetings()
    {
        var speakers = await _client.GetJsonAsync("/api/speakers?q=holloway");
        var holloway = Assert.Single(speakers.GetProperty("items").EnumerateArray());
        Assert.Equal("person", holloway.GetProperty("kind").GetString());
        Assert.Equal(2, holloway.GetProperty("statementCount").GetInt32());
        Assert.Equal(2, holloway.GetProperty("sourceCount").GetInt32());
        var id = holloway.GetProperty("id").GetString();

        var detail = await _client.GetJsonAsync($"/api/speakers/{id}");
        Assert.NotEmpty(detail.GetProperty("meetings").EnumerateArray());
        var statements = await _client.GetJsonAsync($"/api/speakers/{id}/statements");
        Assert.All(statements.GetProperty("items").EnumerateArray(), s => Assert.Equal(id, s.GetProperty("speaker").GetProperty("id").GetString()));
        Assert.Equal(2, statements.GetProperty("items").GetArrayLength());
        // Newest first, as /api/statements?speaker= lists them, one page after another.
        var bySearch = await _client.GetJsonAsync($"/api/statements?speaker={id}");
        Assert.Equal(Ids(bySearch), Ids(statements));
        var first = await _client.GetJsonAsync($"/api/speakers/{id}/statements?limit=1");
        var next = first.GetProperty("next").GetString()!;
        var second = await _client.GetJsonAsync($"/api/speakers/{id}/statements?limit=1&cursor={Uri.EscapeDataString(next)}");
        Assert.Equal(Ids(statements), [.. Ids(first), .. Ids(second)]);
        var published = statements.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("published").GetString() ?? string.Empty).ToList();
        Assert.Equal(published.OrderByDescending(p => p, StringComparer.Ordinal), published);
        var articlesCursor = (await _client.GetJsonAsync("/api/articles?limit=1")).GetProperty("next").GetString()!;
        await AssertProblemAsync($"/api/speakers/{id}/statements?cursor={Uri.EscapeDataString(articlesCursor)}", HttpStatusCode.BadRequest);
        await AssertProblemAsync("/api/speakers/missing", HttpStatusCode.NotFound);
        await AssertProblemAsync("/api/speakers/missing/statements", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task One_meeting_reported_by_two_outlets()
    {
        var meetings = await _client.GetJsonAsync("/api/meetings");
        var meeting = Assert.Single(meetings.GetProperty("items").EnumerateArray());
        Assert.Equal(["Daily", "Herald"], meeting.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        var names = meeting.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.Contains(names, n => n.Contains("Holloway", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("Reed", StringComparison.Ordinal));
        Assert.Equal("2024-03-04", meeting.GetProperty("date").GetString());

        var id = meeting.GetProperty("id").GetString();
        var detail = await _client.GetJsonAsync($"/api/meetings/{id}");
        Assert.True(detail.TryGetProperty("statements", out _));
        Assert.Empty((await _client.GetJsonAsync("/api/meetings?from=2024-03-06")).GetProperty("items").EnumerateArray());
        Assert.Single((await _client.GetJsonAsync("/api/meetings?from=2024-03-01&to=2024-03-04")).GetProperty("items").EnumerateArray());
        await AssertProblemAsync("/api/meetings/missing", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task One_quote_carried_by_two_outlets()
    {
        var quotes = await _client.GetJsonAsync("/api/quotes?minSources=2");
        var quote = Assert.Single(quotes.GetProperty("items").EnumerateArray());
        Assert.Equal(2, quote.GetProperty("sourceCount").GetInt32());
        Assert.Equal(["Daily", "Herald"], quote.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("source").GetString()).Order());
        var id = quote.GetProperty("id").GetString();
        Assert.Equal(id, (await _client.GetJsonAsync($"/api/quotes/{id}")).GetProperty("id").GetString());
        var speakerId = quote.GetProperty("speaker").GetProperty("id").GetString();
        Assert.Single((await _client.GetJsonAsync($"/api/quotes?speaker={speakerId}")).GetProperty("items").EnumerateArray());
        Assert.Empty((await _client.GetJsonAsync("/api/quotes?minSources=3")).GetProperty("items").EnumerateArray());
        await AssertProblemAsync("/api/quotes/missing", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sources_count_articles_and_statements()
    {
        var sources = (await _client.GetJsonAsync("/api/sources")).GetProperty("items").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => (Articles: s.GetProperty("articleCount").GetInt32(), Statements: s.GetProperty("statementCount").GetInt32()));
        Assert.Equal(1, sources["Daily"].Articles);
        Assert.Equal(2, sources["Herald"].Articles);
        Assert.True(sources["Herald"].Statements >= 1);
    }

    [Fact]
    public async Task Health_readiness_and_openapi()
    {
        Assert.Equal("up", (await _client.GetJsonAsync("/healthz")).GetProperty("status").GetString());
        Assert.Equal("ready", (await _client.GetJsonAsync("/readyz")).GetProperty("status").GetString());
        var openapi = await _client.GetJsonAsync("/openapi/v1.json");
        var paths = openapi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/uploads", paths);
        Assert.Contains("/api/meetings/{id}", paths);
        Assert.Contains("/api/quotes", paths);
    }

    private static List<string?> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString())];

    private async Task AssertProblemAsync(string path, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
    }
}
