using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Corpus.Gateway.Tests.Infrastructure;
using Corpus.TestSupport;

namespace Corpus.Gateway.Tests.Search;

/// <summary><c>GET /api/statements</c> over <see cref="SearchCorpus"/>, the same tests on each store.</summary>
public abstract class StatementSearchTests(SearchCorpus corpus)
{
    private HttpClient Client
    {
        get
        {
            Skip.If(corpus.Client is null, ThrowawayPostgres.MissingMessage);
            return corpus.Client;
        }
    }

    [SkippableFact]
    public async Task Without_a_query_statements_come_newest_first_and_undated_last()
    {
        var items = await ItemsAsync("/api/statements?limit=500");

        Assert.Equal(9, items.Count);
        var days = items.Select(Day).ToList();
        Assert.Equal(["2024-03-05", "2024-03-05", "2024-03-05", "2024-03-01", "2024-02-12", "2024-02-12", "2024-02-10", null, null], days);
        Assert.True(string.CompareOrdinal(Id(items[0]), Id(items[1])) < 0, "statements of one day come in id order");
        Assert.All(items, s => Assert.False(s.TryGetProperty("matches", out _)));
    }

    [SkippableFact]
    public async Task With_a_query_statements_come_newest_first_unless_relevance_is_asked_for()
    {
        var newest = await ItemsAsync("/api/statements?q=the&limit=500");
        var relevant = await ItemsAsync("/api/statements?q=the&sort=relevance&limit=500");

        Assert.True(newest.Count > 2, "the query must find several statements");
        Assert.Equal(newest.Select(s => (Day(s) ?? string.Empty, Id(s))).OrderByDescending(s => s.Item1, StringComparer.Ordinal).ThenBy(s => s.Item2, StringComparer.Ordinal), newest.Select(s => (Day(s) ?? string.Empty, Id(s))));
        Assert.Equal(relevant.Select(Id).Order(StringComparer.Ordinal), newest.Select(Id).Order(StringComparer.Ordinal));
        Assert.All(newest, s => Assert.NotEmpty(MatchedWords(s)));
    }

    [SkippableFact]
    public async Task A_word_found_more_often_ranks_first_and_its_matches_are_marked()
    {
        var items = await ItemsAsync("/api/statements?q=Harbour&sort=relevance");

        Assert.Equal(["The harbour is the town, and the harbour must stay open", "The harbour must stay open to fishermen and to every ferry"], items.Select(Text));
        Assert.Equal(["harbour", "harbour"], MatchedWords(items[0]));
        Assert.Equal(["harbour"], MatchedWords(items[1]));
    }

    [SkippableFact]
    public async Task A_word_finds_its_other_forms()
    {
        var items = await ItemsAsync("/api/statements?q=ferry");

        Assert.Equal(["Ferries", "ferry"], items.SelectMany(MatchedWords).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Equally_relevant_statements_come_newest_first()
    {
        var items = await ItemsAsync("/api/statements?q=bridge&sort=relevance");

        Assert.Equal(2, items.Count);
        Assert.Equal(Text(items[0]), Text(items[1]));
        Assert.Equal(["2024-02-12", "2024-02-10"], items.Select(Day));
        Assert.Equal(["Daily", "Herald"], items.Select(s => s.GetProperty("source").GetString()));
    }

    [SkippableTheory]
    [InlineData("\"stay open\" -fishermen", "The harbour is the town, and the harbour must stay open")]
    [InlineData("harbour -town", "The harbour must stay open to fishermen and to every ferry")]
    [InlineData("open fishermen", "The harbour must stay open to fishermen and to every ferry")]
    [InlineData("\"the or\" or fishermen", null)]
    public async Task Phrases_are_kept_together_and_excluded_words_leave_out_their_statements(string q, string? only)
    {
        var items = await ItemsAsync($"/api/statements?q={Uri.EscapeDataString(q)}");

        Assert.Equal(only is null ? [] : [only], items.Select(Text));
    }

    [SkippableTheory]
    [InlineData("NOT harbour", 0)]
    [InlineData("harbour OR", 0)]
    [InlineData("harbour AND town", 1)]
    [InlineData("harbour*", 2)]
    [InlineData("text:harbour", 0)]
    [InlineData("NEAR(harbour town)", 0)]
    [InlineData("^harbour \"unclosed", 0)]
    [InlineData("fishermen's & town's", 0)]
    public async Task Operators_of_the_stores_own_query_languages_are_plain_words(string q, int found)
    {
        var items = await ItemsAsync($"/api/statements?q={Uri.EscapeDataString(q)}");

        Assert.Equal(found, items.Count);
    }

    [SkippableFact]
    public async Task Every_filter_narrows_the_list_and_filters_combine_with_a_query()
    {
        var speakers = await Client.GetJsonAsync("/api/speakers?q=Holloway");
        var holloway = speakers.GetProperty("items")[0].GetProperty("id").GetString();

        Assert.All(await ItemsAsync("/api/statements?source=Herald"), s => Assert.Equal("Herald", s.GetProperty("source").GetString()));
        Assert.Equal(4, (await ItemsAsync("/api/statements?source=Herald")).Count);
        Assert.Equal(["indirect", "indirect", "indirect", "indirect"], (await ItemsAsync("/api/statements?kind=indirect")).Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(["2024-03-05", "2024-03-01"], (await ItemsAsync($"/api/statements?speaker={holloway}")).Select(Day));
        Assert.Equal(["2024-03-05", "2024-03-05", "2024-03-05", "2024-03-01"], (await ItemsAsync("/api/statements?from=2024-03-01")).Select(Day));
        Assert.Equal(["2024-02-12", "2024-02-12", "2024-02-10"], (await ItemsAsync("/api/statements?to=2024-02-12")).Select(Day));
        Assert.Equal(["2024-03-01", "2024-02-12", "2024-02-12"], (await ItemsAsync("/api/statements?from=2024-02-11&to=2024-03-01")).Select(Day));
        Assert.Equal(["2024-03-05"], (await ItemsAsync("/api/statements?q=harbour&source=Herald&kind=direct&from=2024-03-05&to=2024-03-05")).Select(Day));
        Assert.Empty(await ItemsAsync($"/api/statements?q=bridge&speaker={holloway}"));
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("q=the")]
    [InlineData("q=the&source=Herald")]
    [InlineData("q=the&sort=relevance")]
    [InlineData("q=the&sort=relevance&source=Herald")]
    public async Task Pages_follow_cursors_in_the_order_of_one_long_page(string query)
    {
        var whole = (await ItemsAsync($"/api/statements?{query}&limit=500")).Select(Id).ToList();
        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Client.GetJsonAsync($"/api/statements?{query}&limit=2{(cursor is null ? string.Empty : $"&cursor={cursor}")}");
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(Id));
            cursor = page.GetProperty("next").GetString();
        }
        while (cursor is not null);

        Assert.True(whole.Count > 2, "the query must need more than one page");
        Assert.Equal(whole, paged);
    }

    [SkippableFact]
    public async Task A_cursor_from_another_list_or_the_other_kind_of_search_is_refused()
    {
        var unranked = (await Client.GetJsonAsync("/api/statements?limit=1")).GetProperty("next").GetString();
        var ranked = (await Client.GetJsonAsync("/api/statements?q=the&sort=relevance&limit=1")).GetProperty("next").GetString();
        var speakers = (await Client.GetJsonAsync("/api/speakers?limit=1")).GetProperty("next").GetString();

        await AssertBadRequestAsync($"/api/statements?q=the&sort=relevance&cursor={unranked}");
        await AssertBadRequestAsync($"/api/statements?q=the&cursor={ranked}");
        await AssertBadRequestAsync($"/api/statements?cursor={ranked}");
        await AssertBadRequestAsync($"/api/statements?cursor={speakers}");
        await AssertBadRequestAsync("/api/statements?cursor=not-a-cursor");
    }

    [SkippableTheory]
    [InlineData("kind=quoted")]
    [InlineData("from=2024-02-30")]
    [InlineData("to=yesterday")]
    [InlineData("from=2024-03-02&to=2024-03-01")]
    [InlineData("q=-harbour")]
    [InlineData("q=---")]
    [InlineData("limit=0")]
    [InlineData("limit=many")]
    [InlineData("sort=relevance")]
    [InlineData("q=the&sort=oldest")]
    public async Task Bad_parameters_are_problems(string query) => await AssertBadRequestAsync($"/api/statements?{query}");

    [SkippableFact]
    public async Task A_query_longer_than_the_limit_is_a_problem() =>
        await AssertBadRequestAsync($"/api/statements?q={new string('a', 501)}");

    [SkippableFact]
    public async Task Ndjson_streams_every_statement_unpaged_in_order()
    {
        var expected = await ItemsAsync("/api/statements?q=the&limit=500");
        var body = await ExportAsync("/api/statements?q=the&limit=1", "application/x-ndjson");

        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var streamed = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(expected.Select(Id), streamed.Select(Id));
        Assert.Equal(expected.Select(Day), streamed.Select(Day));
        Assert.Equal(expected.Select(s => s.GetProperty("speaker").ToString()), streamed.Select(s => s.GetProperty("speaker").ToString()));
    }

    [SkippableFact]
    public async Task Csv_streams_every_statement_with_a_header_and_quoted_fields()
    {
        var expected = await ItemsAsync("/api/statements?limit=500");
        var body = await ExportAsync("/api/statements?limit=1", "text/csv");

        Assert.Contains("\"The harbour is the town, and the harbour must stay open\"", body, StringComparison.Ordinal);
        var rows = Csv.Parse(body);
        Assert.Equal(["id", "speakerId", "speakerName", "text", "kind", "cue", "articleId", "source", "published", "meetingId", "quoteId"], rows[0]);
        Assert.Equal(expected.Select(Id), rows.Skip(1).Select(r => r[0]));
        Assert.Equal(expected.Select(Text), rows.Skip(1).Select(r => r[3]));
        Assert.Equal(expected.Select(s => s.GetProperty("published").GetString() ?? string.Empty), rows.Skip(1).Select(r => r[8]));
    }

    [SkippableFact]
    public async Task Json_is_the_answer_when_the_client_prefers_it()
    {
        using var response = await GetAsync("/api/statements?limit=1", "text/csv;q=0.5, application/json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Statements_in_other_views_carry_their_published_date()
    {
        var speakers = await Client.GetJsonAsync("/api/speakers?q=Vance");
        var vance = speakers.GetProperty("items")[0].GetProperty("id").GetString();
        var statements = (await Client.GetJsonAsync($"/api/speakers/{vance}/statements")).GetProperty("items").EnumerateArray().ToList();
        var articles = (await Client.GetJsonAsync("/api/articles?source=Post")).GetProperty("items").EnumerateArray();

        Assert.Equal(["2024-02-10", "2024-02-12", "2024-03-05"], statements.Select(Day).Order(StringComparer.Ordinal));
        Assert.All(articles.SelectMany(a => a.GetProperty("statements").EnumerateArray()), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("published").ValueKind));
    }

    private async Task<List<JsonElement>> ItemsAsync(string path) =>
        [.. (await Client.GetJsonAsync(path)).GetProperty("items").EnumerateArray()];

    private async Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return await Client.SendAsync(request);
    }

    /// <summary>The whole body of an export, after checking that it came in the format asked for.</summary>
    private async Task<string> ExportAsync(string path, string mediaType)
    {
        using var response = await GetAsync(path, mediaType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task AssertBadRequestAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, (await response.ReadAsync()).GetProperty("status").GetInt32());
    }

    private static string Id(JsonElement statement) => statement.GetProperty("id").GetString()!;

    private static string Text(JsonElement statement) => statement.GetProperty("text").GetString()!;

    private static string? Day(JsonElement statement) => statement.GetProperty("published").GetString()?[..10];

    private static List<string> MatchedWords(JsonElement statement) =>
        [.. statement.GetProperty("matches").EnumerateArray().Select(m => Text(statement)[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()])];
}

public sealed class SqliteStatementSearchTests(SqliteSearchCorpus corpus) : StatementSearchTests(corpus), IClassFixture<SqliteSearchCorpus>;

public sealed class PostgresStatementSearchTests(PostgresSearchCorpus corpus) : StatementSearchTests(corpus), IClassFixture<PostgresSearchCorpus>;
