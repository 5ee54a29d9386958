using Corpus.Storage.Articles;
using Corpus.Storage.Speakers;
using Corpus.Storage.Statements;
using Corpus.Storage.Views;
using Corpus.Text.Statements;

namespace Corpus.Storage.Tests;

/// <summary>Speaker views: most statements first, paged by count and id; and statements by month of their article's date.</summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Speakers_by_statement_count_come_most_first_ties_by_id_and_pages_follow_the_count_and_id()
    {
        SkipIfUnavailable();
        await SpeakersWithStatementsAsync();
        var speakers = new SpeakerQueries(Store, new MeetingQueries(Store));

        var walked = new List<(string Id, long Count)>();
        var page = new PageRequest(1, null);
        while (true)
        {
            var found = await speakers.ListByStatementCountAsync(null, page, CancellationToken.None);
            walked.AddRange(found.Items.Select(s => (s.Id, s.StatementCount)));
            if (found.Next is null)
            {
                break;
            }
            Assert.True(PageRequest.TryCreate(1, found.Next, out page, out _));
        }

        Assert.Equal([("sp-a", 3L), ("sp-b", 3L), ("sp-c", 1L), ("sp-d", 0L)], walked);
        var whole = await speakers.ListByStatementCountAsync("ann", new PageRequest(PageRequest.MaxLimit, null), CancellationToken.None);
        Assert.Equal(["sp-b", "sp-d"], whole.Items.Select(s => s.Id));
        Assert.Equal(["sp-a", "sp-b", "sp-c", "sp-d"], (await speakers.ListAsync(null, new PageRequest(PageRequest.MaxLimit, null), CancellationToken.None)).Items.Select(s => s.Id));
    }

    [SkippableFact]
    public async Task A_speakers_timeline_counts_statements_by_month_of_their_article_and_undated_apart()
    {
        SkipIfUnavailable();
        await SpeakersWithStatementsAsync();
        var speakers = new SpeakerQueries(Store, new MeetingQueries(Store));

        var a = await speakers.TimelineAsync("sp-a", CancellationToken.None);
        var b = await speakers.TimelineAsync("sp-b", CancellationToken.None);
        var d = await speakers.TimelineAsync("sp-d", CancellationToken.None);

        Assert.Equal([new MonthCount("2019-12", 2)], a!.Months);
        Assert.Equal(1, a.Undated);
        Assert.Equal([new MonthCount("2019-12", 1), new MonthCount("2020-02", 2)], b!.Months);
        Assert.Equal(0, b.Undated);
        Assert.Empty(d!.Months);
        Assert.Null(await speakers.TimelineAsync("nobody", CancellationToken.None));
    }

    /// <summary>sp-a: three statements (two in December 2019, one undated); sp-b: three (one in December, two in February 2020); sp-c one; sp-d none.</summary>
    private async Task SpeakersWithStatementsAsync()
    {
        ArticleToStore Dated(string id, string? published) => new(id, null, Hash(id), "src", null, "t", published, "body " + id, null);
        await using var tx = await Store.BeginAsync(CancellationToken.None);
        await ArticleRows.InsertNewAsync(
            tx, "u1", PackedArticle.AllOf([Dated("a1", "2019-12-03"), Dated("a2", "2019-12-20T10:00:00Z"), Dated("a3", "2020-02-01"), Dated("a4", null)]), 0, null, CancellationToken.None);
        await SpeakerRows.UpsertAsync(
            tx,
            [Speaker("sp-c", "Carl Ode"), Speaker("sp-a", "Ada Lune"), Speaker("sp-d", "Dana Ann"), Speaker("sp-b", "Bea Ann")],
            CancellationToken.None);
        (string Id, string Article, string Speaker)[] said =
        [
            ("t1", "a1", "sp-a"), ("t2", "a2", "sp-a"), ("t3", "a4", "sp-a"),
            ("t4", "a3", "sp-b"), ("t5", "a3", "sp-b"), ("t6", "a1", "sp-b"),
            ("t7", "a2", "sp-c"),
        ];
        await StatementRows.AddAsync(
            tx, [.. said.Select((s, i) => new StatementToStore(s.Id, s.Article, i, "src", "Words " + s.Id, StatementKind.Direct, "said", 0, 8, "rule", 0.9, null))], CancellationToken.None);
        await StatementLinks.SetAsync(tx, StatementLink.Speaker, said.Select(s => (s.Id, (string?)s.Speaker)), CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    private static SpeakerState Speaker(string id, string name) => new(id, name.Split(' ')[^1], name, "person", [], [], FirstArrival: 0);
}
