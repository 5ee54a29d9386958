using Corpus.Storage.Articles;
using Corpus.Storage.Search;
using Corpus.Storage.Speakers;
using Corpus.Storage.Statements;
using Corpus.Text.Statements;

namespace Corpus.Storage.Tests;

/// <summary>
/// Statements found by a query come newest first unless relevance is asked for, and a page is the same whether the
/// store walks statements by day, reads every hit and sorts them, or reads the hits of a few days at a time (see
/// WalkOrHits): only the cost differs.
/// </summary>
public abstract partial class StoreContract
{
    [SkippableTheory]
    [InlineData(null, null, null, null, null)]
    [InlineData("Herald", null, null, null, null)]
    [InlineData(null, "indirect", null, null, null)]
    [InlineData(null, null, "2024-02-12", "2024-03-01", null)]
    [InlineData(null, null, null, "2024-03-01", null)]
    [InlineData(null, null, null, "2024-03-01", "sp-jane")]
    [InlineData(null, null, null, null, "sp-jane")]
    [InlineData("Daily", "direct", "2024-03-01", null, "sp-jane")]
    public async Task A_query_newest_first_pages_alike_walking_statements_or_reading_its_hits(string? source, string? kind, string? from, string? to, string? speaker)
    {
        SkipIfUnavailable();
        await StoreNewsAsync();
        var filter = new StatementFilter(Words("harbour"), speaker, source, kind, from, to);

        var read = await PagedAsync(new StatementSearch(Store, walks: false), filter, 500);
        var walked = await PagedAsync(new StatementSearch(Store, walks: true), filter, 2);

        Assert.NotEmpty(read);
        Assert.Equal(read, walked);
        Assert.Equal(read, await PagedAsync(new StatementSearch(Store, walks: false), filter, 2));
        Assert.Equal(read, await PagedAsync(new StatementSearch(Store), filter, 3));
        Assert.Equal(read, await PagedAsync(new StatementSearch(Store, ManyHits), filter, 2));
        Assert.Equal(read.OrderByDescending(s => s.Day, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal), read);
        Assert.All(read, s => Assert.Contains("harbour", s.Text, StringComparison.Ordinal));
        Assert.All(read, s => Assert.True(to is null || s.Day.Length > 0, "an undated statement is in no range of dates"));
    }

    [SkippableFact]
    public async Task A_query_finds_statements_newest_first_and_undated_last_unless_relevance_is_asked_for()
    {
        SkipIfUnavailable();
        await StoreNewsAsync();
        var search = new StatementSearch(Store);

        var newest = await search.PageAsync(new StatementFilter(Words("harbour")), new PageRequest(PageRequest.MaxLimit, null), CancellationToken.None);
        var relevant = await search.PageAsync(
            new StatementFilter(Words("harbour"), Order: StatementOrder.Relevance), new PageRequest(PageRequest.MaxLimit, null), CancellationToken.None);

        // Without a speaker, a statement whose article is not stored is in no list by day (s99); ranked lists have it.
        Assert.Equal(["s01", "s03", "s05", "s07", "s09", "s11", "s13", "s15", "s17", "s19"], newest.Items.Select(s => s.Id));
        Assert.Equal(["harbour"], newest.Items[0].Matches!.Select(m => newest.Items[0].Text[m.Start..m.End]));
        Assert.Equal("s19", newest.Items[^1].Id);
        Assert.Null(newest.Items[^1].Published);
        Assert.Equal("s03", relevant.Items[0].Id);
        Assert.Contains("s99", relevant.Items.Select(s => s.Id));
    }

    [SkippableTheory]
    [InlineData("Herald", null, null)]
    [InlineData(null, "2022-12-10", "2022-12-15")]
    [InlineData("Herald", "2022-11-01", null)]
    public async Task A_query_newest_first_reads_further_back_while_its_filters_leave_the_page_short(string? source, string? from, string? to)
    {
        SkipIfUnavailable();
        // Two articles a day over thirty days, newest first, then three undated; only the five oldest dated ones and
        // the undated are the Herald's. Every statement holds the word, most are left out by the filters.
        var articles = Enumerable.Range(0, 63)
            .Select(i => (Id: $"d{i:D2}", Source: i >= 55 ? "Herald" : "Daily", Published: i < 60 ? new DateOnly(2022, 12, 31).AddDays(-(i / 2)).ToString("yyyy-MM-dd", null) : null))
            .ToList();
        await InsertAsync("u1", [.. articles.Select(a => new ArticleToStore(a.Id, a.Id, Hash(a.Id), a.Source, null, "News " + a.Id, a.Published, "raw", null))]);
        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            // Statement ids run against the order of days, so that a day's statements go by id, not by rowid.
            await StatementRows.AddAsync(
                tx, [.. articles.Select((a, i) => Said($"s{99 - i:D2}", a.Id, a.Source, $"The harbour opens, says report {i}.", StatementKind.Direct))], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        var filter = new StatementFilter(Words("harbour"), Source: source, From: from, To: to);

        var read = await PagedAsync(new StatementSearch(Store, walks: false), filter, 500);

        Assert.Equal(source is null ? 12 : from is null ? 8 : 5, read.Count);
        Assert.Equal(read, await PagedAsync(new StatementSearch(Store), filter, 2));
        Assert.Equal(read, await PagedAsync(new StatementSearch(Store), filter, 500));
        Assert.Equal(read, await PagedAsync(new StatementSearch(Store, ManyHits), filter, 2));
        Assert.Equal(read.OrderByDescending(s => s.Day, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal), read);
    }

    /// <summary>
    /// Five articles, four statements each: "harbour" in every other one (twice in s03, the shortest), an undated
    /// article last, one with a time of day, and a statement of an article not stored (s99).
    /// </summary>
    [SkippableFact]
    public async Task A_statement_whose_article_is_not_stored_cuts_no_page_of_a_query_newest_first_short()
    {
        SkipIfUnavailable();
        await StoreNewsAsync();
        // Keyed as undated, as s99 is, but first of that day by id: before the undated s17 and s19.
        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            await StatementRows.AddAsync(tx, [Said("s00", "gone", "Daily", "The harbour gates stay shut.", StatementKind.Direct)], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        var filter = new StatementFilter(Words("harbour"));

        var read = await PagedAsync(new StatementSearch(Store, walks: false), filter, 500);

        Assert.Equal(["s17", "s19"], read.Where(s => s.Day.Length == 0).Select(s => s.Id));
        Assert.Equal(read, await PagedAsync(new StatementSearch(Store), filter, 1));
        Assert.Equal(read, await PagedAsync(new StatementSearch(Store), filter, 2));
        Assert.Equal(read, await PagedAsync(new StatementSearch(Store, ManyHits), filter, 1));
    }

    private async Task StoreNewsAsync()
    {
        (string Id, string Source, string? Published)[] articles =
            [("n1", "Daily", "2024-03-05"), ("n2", "Herald", "2024-03-05T18:30:00Z"), ("n3", "Daily", "2024-03-01"), ("n4", "Herald", "2024-02-12"), ("n5", "Daily", null)];
        await InsertAsync("u1", [.. articles.Select(a => new ArticleToStore(a.Id, a.Id, Hash(a.Id), a.Source, null, "News " + a.Id, a.Published, "raw", null))]);
        string[] texts = ["The harbour must stay open to every ferry.", "Ferries run every hour.", "Harbour, harbour!", "Nothing else to say."];
        var statements = articles.SelectMany((a, i) => texts.Select((text, k) =>
            Said($"s{(i * texts.Length) + k + 1:D2}", a.Id, a.Source, text, k % 3 == 0 ? StatementKind.Direct : StatementKind.Indirect))).ToList();
        statements.Add(Said("s99", "gone", "Daily", "The harbour is closed.", StatementKind.Direct));
        await using var tx = await Store.BeginAsync(CancellationToken.None);
        await SpeakerRows.UpsertAsync(tx, [Speaker("sp-jane", "Jane Holloway")], CancellationToken.None);
        await StatementRows.AddAsync(tx, statements, CancellationToken.None);
        await StatementLinks.SetAsync(tx, StatementLink.Speaker, [("s01", "sp-jane"), ("s07", "sp-jane"), ("s13", "sp-jane"), ("s19", "sp-jane"), ("s99", "sp-jane")], CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    private static async Task<List<(string Id, string Day, string Text)>> PagedAsync(StatementSearch search, StatementFilter filter, int limit)
    {
        var found = new List<(string, string, string)>();
        string? next = null;
        do
        {
            var page = await search.PageAsync(filter, new PageRequest(limit, next is null ? null : Decoded(next)), CancellationToken.None);
            found.AddRange(page.Items.Select(s => (s.Id, s.Published?[..10] ?? string.Empty, s.Text)));
            next = page.Next;
            Assert.True(found.Count <= 10_000, "the pages go round in circles");
        }
        while (next is not null);
        return found;
    }

    private static string Decoded(string cursor) =>
        PageRequest.TryCreate(null, cursor, out var request, out var error) ? request.After! : throw new InvalidOperationException(error);

    private static SearchText Words(string q) => SearchText.TryParse(q, out var text, out _) ? text! : throw new ArgumentException(q);

    private static StatementToStore Said(string id, string article, string source, string text, StatementKind kind) =>
        new(id, article, long.Parse(id[1..]), source, text, kind, "said", 0, text.Length, "rule", 0.9, null);
}
