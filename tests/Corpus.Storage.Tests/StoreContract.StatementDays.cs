using Corpus.Storage.Articles;
using Corpus.Storage.Search;
using Corpus.Storage.Statements;
using Corpus.Text.Statements;
using Dapper;

namespace Corpus.Storage.Tests;

/// <summary>
/// PostgreSQL's statements keep their article's day (migration 0053), which a query newest first reads the hits of a
/// few days at a time by: statements stored before then are given it when the store migrates. (SQLite's statement
/// index has been keyed by day since migration 0044.)
/// </summary>
public abstract partial class StoreContract
{
    /// <summary>An estimate of hits that sizes PostgreSQL's windows to one day, then four, then sixteen: every path of <see cref="DayWindows"/> is taken.</summary>
    private static readonly WalkOrHits.Estimate ManyHits = new(Hits: 1e6, Statements: 1e9, BySpeaker: 0);

    [SkippableFact]
    public async Task Statements_stored_before_they_kept_their_day_are_found_by_it_after_migrating()
    {
        SkipIfUnavailable();
        await using var old = await StoreAtVersionAsync(52);
        (string Id, string? Published)[] articles = [("n1", "2024-03-05"), ("n2", "2024-03-05T18:30:00Z"), ("n3", "2024-03-01"), ("n4", "2023-12-31"), ("n5", null)];
        // Two statements an article, ids against the order of days; s99's article is not stored.
        List<StatementToStore> statements = [.. articles
            .SelectMany((a, i) => new[] { (Id: $"s{90 - (2 * i)}", Article: a.Id), (Id: $"s{89 - (2 * i)}", Article: a.Id) })
            .Append((Id: "s99", Article: "gone"))
            .Select(s => new StatementToStore(s.Id, s.Article, 0, "Daily", $"The harbour report of {s.Article}.", StatementKind.Direct, "said", 0, 10, "rule", 0.9, null))];
        await WriteAsync(old, async tx =>
        {
            await ArticleRows.InsertNewAsync(
                tx, "u1", PackedArticle.AllOf([.. articles.Select(a => new ArticleToStore(a.Id, a.Id, Hash(a.Id), "Daily", null, "News " + a.Id, a.Published, "raw", null))]), 0, null, CancellationToken.None);
            await AddStatementsAsOlderVersionsDidAsync(tx, statements);
        });
        var filter = new StatementFilter(Words("harbour"));
        var walked = await PagedAsync(new StatementSearch(old, walks: true), filter, 2);

        await old.MigrateAsync(CancellationToken.None);

        if (Store.Dialect == SqlDialect.Postgres)
        {
            await using var migrated = await old.OpenAsync(CancellationToken.None);
            var dayOf = articles.ToDictionary(a => a.Id, a => a.Published is null ? 0 : DateOnly.Parse(a.Published[..10], null).DayNumber + 1);
            Assert.Equal(
                statements.Select(s => (s.Id, (long)dayOf.GetValueOrDefault(s.ArticleId))).OrderBy(s => s.Id, StringComparer.Ordinal),
                await migrated.QueryAsync<(string, long)>("SELECT id, day FROM statements ORDER BY id"));
        }
        Assert.Equal(10, walked.Count);
        Assert.Equal(walked, await PagedAsync(new StatementSearch(old, ManyHits), filter, 2));
        Assert.Equal(walked, await PagedAsync(new StatementSearch(old, ManyHits), filter, 500));
        Assert.Equal(walked, await PagedAsync(new StatementSearch(old), filter, 3));
    }
}
