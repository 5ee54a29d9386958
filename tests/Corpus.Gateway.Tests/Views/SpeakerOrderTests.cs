using System.Net;
using System.Text.Json;
using Corpus.Gateway.Tests.Infrastructure;

namespace Corpus.Gateway.Tests.Views;

/// <summary>
/// <c>GET /api/speakers?sort=statements</c> (most statements first, paged by count and id) and
/// <c>GET /api/speakers/{id}/timeline</c> over the corpus of <see cref="ViewTests"/>, where Holloway is quoted twice
/// in March 2024.
/// </summary>
public sealed class SpeakerOrderTests(ViewTests.Corpus corpus) : IClassFixture<ViewTests.Corpus>
{
    private readonly HttpClient _client = corpus.Client;

    [Fact]
    public async Task Speakers_by_statement_count_come_most_first_page_by_page_and_the_default_order_stays_by_id()
    {
        var whole = Items(await _client.GetJsonAsync("/api/speakers?sort=statements&limit=500"));
        var counts = whole.Select(s => s.GetProperty("statementCount").GetInt64()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal("Jane Holloway", whole[0].GetProperty("name").GetString());
        Assert.True(whole.Count >= 2, "the corpus has more than one speaker");

        var walked = new List<string>();
        var path = "/api/speakers?sort=statements&limit=1";
        while (true)
        {
            var page = await _client.GetJsonAsync(path);
            walked.AddRange(Items(page).Select(Id));
            if (page.GetProperty("next").GetString() is not { } next)
            {
                break;
            }
            path = $"/api/speakers?sort=statements&limit=1&cursor={Uri.EscapeDataString(next)}";
        }
        Assert.Equal(whole.Select(Id), walked);

        var byId = Items(await _client.GetJsonAsync("/api/speakers?limit=500")).Select(Id).ToList();
        Assert.Equal(byId.Order(StringComparer.Ordinal), byId);
        var named = Items(await _client.GetJsonAsync("/api/speakers?sort=statements&q=HOLLOWAY"));
        Assert.Equal(["Jane Holloway"], named.Select(s => s.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("/api/speakers?sort=name")]
    [InlineData("/api/speakers?sort=STATEMENTS")]
    public async Task An_unknown_sort_is_a_bad_request(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("sort must be", (await response.ReadAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_is_refused_by_a_list_in_the_other_order()
    {
        var byCount = (await _client.GetJsonAsync("/api/speakers?sort=statements&limit=1")).GetProperty("next").GetString()!;
        var byId = (await _client.GetJsonAsync("/api/speakers?limit=1")).GetProperty("next").GetString()!;

        using var countInIdOrder = await _client.GetAsync($"/api/speakers?cursor={Uri.EscapeDataString(byCount)}");
        using var idInCountOrder = await _client.GetAsync($"/api/speakers?sort=statements&cursor={Uri.EscapeDataString(byId)}");
        Assert.Equal(HttpStatusCode.BadRequest, countInIdOrder.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, idInCountOrder.StatusCode);
    }

    [Fact]
    public async Task A_timeline_counts_statements_by_month_of_their_article_and_every_statement_once()
    {
        var holloway = Items(await _client.GetJsonAsync("/api/speakers?q=Holloway")).Single();
        var timeline = await _client.GetJsonAsync($"/api/speakers/{Id(holloway)}/timeline");
        Assert.Equal("[{\"month\":\"2024-03\",\"statements\":2}]", timeline.GetProperty("months").GetRawText());
        Assert.Equal(0, timeline.GetProperty("undated").GetInt64());

        foreach (var speaker in Items(await _client.GetJsonAsync("/api/speakers?limit=500")))
        {
            var each = await _client.GetJsonAsync($"/api/speakers/{Id(speaker)}/timeline");
            var counted = each.GetProperty("months").EnumerateArray().Sum(m => m.GetProperty("statements").GetInt64()) + each.GetProperty("undated").GetInt64();
            Assert.Equal(speaker.GetProperty("statementCount").GetInt64(), counted);
        }
        using var missing = await _client.GetAsync("/api/speakers/nobody/timeline");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static string Id(JsonElement item) => item.GetProperty("id").GetString()!;
}
