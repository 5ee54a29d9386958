using Corpus.Storage.Articles;
using Corpus.Storage.Search;
using Corpus.Storage.Statements;
using Corpus.Text.Statements;
using Dapper;

namespace Corpus.Storage.Tests;

/// <summary>
/// Statements by relevance to one word: more occurrences of it rank higher, and so do fewer other words; ties come
/// newest first, then by id. Pages joined by their cursors are one long page, whether the store scores every hit or
/// (PostgreSQL, a word common enough) only those that can make the page.
/// </summary>
public abstract partial class StoreContract
{
    private static readonly string[] Filler = ["ferry", "quay", "crane", "dock", "pier", "wharf", "anchor", "mast", "tide", "rope", "cargo", "deck"];

    [SkippableFact]
    public async Task A_statement_holding_the_word_more_often_or_among_fewer_words_ranks_higher_and_ties_come_newest_first()
    {
        SkipIfUnavailable();
        await InsertAsync("u1", [Dated("r1", "2024-03-01"), Dated("r2", "2024-03-09")]);
        await AddStatementsAsync(
            Said("s01", "r1", "Daily", "The harbour is full of boats tonight.", StatementKind.Direct),
            Said("s02", "r1", "Daily", "The harbour, the harbour!", StatementKind.Direct),
            Said("s03", "r1", "Daily", "The harbour is full.", StatementKind.Direct),
            Said("s04", "r2", "Daily", "The harbour is full.", StatementKind.Direct),
            Said("s05", "r2", "Daily", "The harbour is full.", StatementKind.Direct),
            Said("s06", "r2", "Daily", "Nothing to say here.", StatementKind.Direct));

        var page = await new StatementSearch(Store).PageAsync(
            new StatementFilter(Words("harbour"), Order: StatementOrder.Relevance), new PageRequest(PageRequest.MaxLimit, null), CancellationToken.None);

        // Four words each but s01: s02 holds the word twice; the three that hold it once tie, newest first, then by id.
        Assert.Equal(["s02", "s04", "s05", "s03", "s01"], page.Items.Select(s => s.Id));
    }

    [SkippableFact]
    public async Task Pages_of_a_common_word_by_relevance_joined_by_their_cursors_are_one_long_page_in_relevance_order()
    {
        SkipIfUnavailable();
        var statements = await StoreHarbourTalkAsync();
        await AnalyzeAsync();
        var filter = new StatementFilter(Words("harbour"), Order: StatementOrder.Relevance);

        var whole = await PagedAsync(new StatementSearch(Store), filter, PageRequest.MaxLimit);
        Assert.Equal(statements.Count(s => s.Occurrences > 0), whole.Count);
        foreach (var limit in new[] { 2, 3, 7 })
        {
            Assert.Equal(whole, await PagedAsync(new StatementSearch(Store), filter, limit));
        }
        foreach (var (higher, lower) in whole.Zip(whole.Skip(1)))
        {
            var (a, b) = (statements.Single(s => s.Id == higher.Id), statements.Single(s => s.Id == lower.Id));
            Assert.False(b.Occurrences >= a.Occurrences && b.Words <= a.Words && (b.Occurrences > a.Occurrences || b.Words < a.Words), $"{lower.Id} ranks below {higher.Id}");
            if (a.Occurrences == b.Occurrences && a.Words == b.Words)
            {
                Assert.True(string.CompareOrdinal(higher.Day, lower.Day) > 0 || (higher.Day == lower.Day && string.CompareOrdinal(higher.Id, lower.Id) < 0), $"{higher.Id} and {lower.Id} tie");
            }
        }
        if (Store.Dialect == SqlDialect.Postgres)
        {
            // A page of two reads the shortest hits and the few holding the word more than once, not all of them.
            await using var connection = await Store.OpenAsync(CancellationToken.None);
            var scored = await connection.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM corpus_ranked_hits(websearch_to_tsquery('corpus_search', 'harbour'), 3, NULL, NULL, NULL)");
            Assert.InRange(scored, 3, (whole.Count / 2) - 1);
        }
    }

    /// <summary>
    /// 240 statements over 24 articles (some on the same day, one undated) and a few of an article not stored: half hold
    /// "harbour" once, twice or three times, among two to fourteen other words.
    /// </summary>
    private async Task<List<(string Id, int Occurrences, int Words)>> StoreHarbourTalkAsync()
    {
        var articles = Enumerable.Range(0, 24)
            .Select(i => Dated($"h{i:D2}", i == 23 ? null : $"2024-{(i % 6) + 1:D2}-{(i % 4) + 10:D2}"))
            .ToArray();
        await InsertAsync("u1", articles);
        var random = new Random(24);
        var written = new List<(string, int, int)>();
        var statements = new List<StatementToStore>();
        for (var i = 0; i < 246; i++)
        {
            var occurrences = i % 2 == 1 ? 0 : random.Next(8) switch { 0 => 3, < 3 => 2, _ => 1 };
            var words = Enumerable.Range(0, random.Next(2, 15)).Select(_ => Filler[random.Next(Filler.Length)]).ToList();
            for (var k = 0; k < occurrences; k++)
            {
                words.Insert(random.Next(words.Count + 1), "harbour");
            }
            var article = i < 240 ? articles[i / 10].Id : "gone";
            var id = $"s{i + 1:D3}";
            statements.Add(Said(id, article, "Daily", string.Join(' ', words) + ".", StatementKind.Direct));
            written.Add((id, occurrences, words.Count));
        }
        await AddStatementsAsync([.. statements]);
        return written;
    }

    private async Task AddStatementsAsync(params StatementToStore[] statements)
    {
        await using var tx = await Store.BeginAsync(CancellationToken.None);
        await StatementRows.AddAsync(tx, statements, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    /// <summary>Statistics as a store in use has them: PostgreSQL's planner estimates a word's hits from them.</summary>
    private async Task AnalyzeAsync()
    {
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("ANALYZE statements");
    }

    private static ArticleToStore Dated(string id, string? published) => new(id, id, Hash(id), "Daily", null, "News " + id, published, "raw", null);
}
