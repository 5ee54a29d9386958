using Corpus.Storage.Articles;
using Corpus.Storage.Meetings;
using Corpus.Storage.Search;
using Corpus.Storage.Speakers;
using Corpus.Storage.Statements;
using Corpus.Storage.Views;
using Corpus.Text.Statements;
using Dapper;

namespace Corpus.Storage.Tests;

/// <summary>
/// A speaker's statements come newest first (by their article's day, undated last, then id), read through the
/// speaker's links by day: the same list from <c>statements?speaker=</c> and <c>speakers/{id}/statements</c>, whatever
/// the page size, the filters, or when the links were written.
/// </summary>
public abstract partial class StoreContract
{
    [SkippableTheory]
    [InlineData(null, null, null)]
    [InlineData("Herald", null, null)]
    [InlineData(null, "2023-01-03", "2023-01-09")]
    [InlineData(null, null, "2023-01-05")]
    public async Task A_speakers_statements_come_newest_first_undated_last_on_every_page(string? source, string? from, string? to)
    {
        SkipIfUnavailable();
        var said = await StoreSpeakerNewsAsync(Store);
        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            // Links written again, one to the other speaker: a link keeps its statement's day whoever it names.
            await StatementLinks.SetAsync(tx, StatementLink.Speaker, [("s31", "sp-jane"), ("s40", "sp-john")], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        said = [.. said.Select(s => s.Id == "s40" ? s with { Speaker = "sp-john" } : s)];
        var filter = new StatementFilter(Speaker: "sp-jane", Source: source, From: from, To: to);
        var expected = said
            .Where(s => s.Speaker == "sp-jane" && (source is null || s.Source == source)
                && (from is null || string.CompareOrdinal(s.Day, from) >= 0) && (to is null || (s.Day.Length > 0 && string.CompareOrdinal(s.Day, to) <= 0)))
            .OrderByDescending(s => s.Day, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => s.Id)
            .ToList();

        Assert.True(expected.Count >= 3, "the filters leave several statements");
        foreach (var limit in new[] { 1, 2, 5, 500 })
        {
            Assert.Equal(expected, (await PagedAsync(new StatementSearch(Store), filter, limit)).Select(s => s.Id));
        }
        if (source is null && from is null && to is null)
        {
            Assert.Equal("s99", expected[^1]);
            Assert.Equal(expected, await SpeakerStatementsAsync(Store, "sp-jane", 3));
        }
    }

    [SkippableFact]
    public async Task A_store_migrated_with_speaker_links_lists_a_speakers_statements_newest_first()
    {
        SkipIfUnavailable();
        await using var old = await StoreAtVersionAsync(45);
        var said = await StoreSpeakerNewsAsync(old, link: false);
        await using (var connection = await old.OpenAsync(CancellationToken.None))
        {
            foreach (var s in said)
            {
                await connection.ExecuteAsync("INSERT INTO statement_speakers (statement_id, speaker_id) VALUES (@Id, @Speaker)", new { s.Id, s.Speaker });
            }
        }

        await old.MigrateAsync(CancellationToken.None);

        foreach (var speaker in new[] { "sp-jane", "sp-john" })
        {
            var expected = said.Where(s => s.Speaker == speaker)
                .OrderByDescending(s => s.Day, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => s.Id);
            Assert.Equal(expected, await SpeakerStatementsAsync(old, speaker, 2));
        }
    }

    /// <summary>
    /// Thirty articles over ten days, three a day (one of them with a time of day), then three undated, each with a
    /// statement whose id runs against its day; the speakers alternate, and one statement's article is not stored.
    /// Without <paramref name="link"/>, the statements are stored as versions before 0046 stored them, unlinked.
    /// </summary>
    private static async Task<List<(string Id, string Speaker, string Source, string Day)>> StoreSpeakerNewsAsync(ICorpusStore store, bool link = true)
    {
        var articles = Enumerable.Range(0, 33)
            .Select(i => (Id: $"p{i:D2}", Source: i % 3 == 0 ? "Herald" : "Daily",
                Published: i >= 30 ? null : new DateOnly(2023, 1, 1).AddDays(i / 3).ToString("yyyy-MM-dd", null) + (i % 3 == 1 ? "T09:15:00Z" : string.Empty)))
            .ToList();
        var said = articles
            .Select((a, i) => (Id: $"s{80 - i:D2}", Article: a.Id, Speaker: i % 2 == 0 ? "sp-jane" : "sp-john", a.Source, Day: a.Published?[..10] ?? string.Empty))
            .Append((Id: "s99", Article: "gone", Speaker: "sp-jane", Source: "Daily", Day: string.Empty))
            .ToList();
        await using (var tx = await store.BeginAsync(CancellationToken.None))
        {
            await ArticleRows.InsertNewAsync(
                tx, "u1", PackedArticle.AllOf([.. articles.Select(a => new ArticleToStore(a.Id, a.Id, Hash(a.Id), a.Source, null, "News " + a.Id, a.Published, "raw", null))]), 0, null, CancellationToken.None);
            await InsertSpeakersAsOlderVersionsDidAsync(tx, ("sp-jane", "holloway", "Jane Holloway"), ("sp-john", "holloway", "John Holloway"));
            List<StatementToStore> statements = [.. said.Select(s => Said(s.Id, s.Article, s.Source, $"The council meets on day {s.Day}.", StatementKind.Direct))];
            if (link)
            {
                await StatementRows.AddAsync(tx, statements, CancellationToken.None);
                await StatementLinks.SetAsync(tx, StatementLink.Speaker, said.Select(s => (s.Id, (string?)s.Speaker)), CancellationToken.None);
            }
            else
            {
                await AddStatementsAsOlderVersionsDidAsync(tx, statements);
            }
            await tx.CommitAsync(CancellationToken.None);
        }
        return [.. said.Select(s => (s.Id, s.Speaker, s.Source, s.Day))];
    }

    private static async Task<List<string>> SpeakerStatementsAsync(ICorpusStore store, string speaker, int limit)
    {
        var speakers = new SpeakerQueries(store, new MeetingQueries(store));
        var found = new List<string>();
        string? next = null;
        do
        {
            var page = (await speakers.StatementsAsync(speaker, new PageRequest(limit, next is null ? null : Decoded(next)), CancellationToken.None))!;
            found.AddRange(page.Items.Select(s => s.Id));
            next = page.Next;
            Assert.True(found.Count <= 10_000, "the pages go round in circles");
        }
        while (next is not null);
        return found;
    }
}
