using Corpus.Storage.Migrations;
using Corpus.Storage.Search;
using Corpus.Storage.Statements;
using Corpus.Text.Statements;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Corpus.Storage.Tests;

/// <summary>
/// The hits a store scores for a page of a common word by relevance must include the longer ones that outrank its
/// shortest: one holding the word twice just inside SQLite's bound, and a long one holding it a dozen times.
/// </summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Pages_by_relevance_find_longer_statements_that_repeat_the_word_above_the_shortest_hits()
    {
        SkipIfUnavailable();
        await InsertAsync("u1", [Dated("r1", "2024-03-01"), Dated("r2", "2024-03-09")]);
        var statements = new List<StatementToStore>();
        for (var i = 1; i <= 30; i++)
        {
            statements.Add(Said($"s{i:D3}", i % 2 == 0 ? "r1" : "r2", "Daily", "Harbour crane.", StatementKind.Direct));
        }
        for (var i = 31; i <= 50; i++)
        {
            statements.Add(Said($"s{i:D3}", "r1", "Daily", "Ferry quay crane dock pier wharf anchor mast tide rope, ferry quay crane dock pier wharf anchor mast tide rope.", StatementKind.Direct));
        }
        // Six words, two of them the word: above twice the shortest hits' two words, below bm25's bound for twice
        // (2 L1 + avgL / 3, about 7.2 here), so it outranks them.
        statements.Add(Say("s051", "Harbour quay dock harbour pier mast."));
        statements.Add(Say("s052", string.Join(' ', Enumerable.Range(0, 30).Select(i => i % 5 < 2 ? "harbour" : Filler[i % Filler.Length])) + "."));
        await AddStatementsAsync([.. statements]);
        await AnalyzeAsync();
        var filter = new StatementFilter(Words("harbour"), Order: StatementOrder.Relevance);

        var whole = await PagedAsync(new StatementSearch(Store), filter, PageRequest.MaxLimit);
        Assert.Equal(32, whole.Count);
        foreach (var limit in new[] { 2, 3 })
        {
            Assert.Equal(whole, await PagedAsync(new StatementSearch(Store), filter, limit));
        }
        if (Store.Dialect == SqlDialect.Sqlite)
        {
            Assert.Equal(["s052", "s051"], whole.Take(2).Select(s => s.Id));
            await using var connection = await Store.OpenAsync(CancellationToken.None);
            Assert.Equal(32, await CandidatesAsync(connection, "harbour", 3));
        }
    }

    [SkippableFact]
    public async Task Cursors_of_pages_by_relevance_carry_the_scores_of_scoring_every_hit()
    {
        SkipIfUnavailable();
        await StoreHarbourTalkAsync();
        if (Store.Dialect != SqlDialect.Sqlite)
        {
            return;
        }
        var filter = new StatementFilter(Words("harbour"), Order: StatementOrder.Relevance);
        var search = new StatementSearch(Store);
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        Assert.InRange(await CandidatesAsync(connection, "harbour", 3), 3, 60);
        string? next = null;
        do
        {
            var page = await search.PageAsync(filter, new PageRequest(2, next is null ? null : Decoded(next)), CancellationToken.None);
            next = page.Next;
            if (next is not null)
            {
                Assert.True(SearchCursor.TryDecode(Decoded(next), ranked: true, out var cursor));
                var bm25 = await connection.ExecuteScalarAsync<double>(
                    """
                    SELECT -bm25(statements_fts) FROM statements_fts
                    WHERE statements_fts MATCH '"harbour"' AND rowid & 17179869183 = (SELECT rowid FROM statements WHERE id = @id)
                    """,
                    new { id = cursor!.Id });
                Assert.Equal(BitConverter.DoubleToInt64Bits(bm25), BitConverter.DoubleToInt64Bits(cursor.Score!.Value));
            }
        }
        while (next is not null);
    }

    [SkippableFact]
    public async Task A_store_migrated_with_statements_keeps_their_lengths_as_the_index_counts_them()
    {
        SkipIfUnavailable();
        if (Store.Dialect != SqlDialect.Sqlite)
        {
            return;
        }
        await using var old = await StoreAtVersionAsync(25);
        // 200 words: a length of two bytes in the index's own record.
        var longest = string.Join(' ', Enumerable.Range(0, 200).Select(i => Filler[i % Filler.Length])) + ".";
        // As a store of that version held them.
        await using (var before = await old.OpenAsync(CancellationToken.None))
        {
            await before.ExecuteAsync(
                """
                INSERT INTO statements (id, article_id, ordinal, source, text, kind, cue, start_offset, end_offset, rule, confidence, mention)
                VALUES ('s001', 'a1', 1, 'src', 'Harbour crane.', 'direct', 'said', 0, 14, 'rule', 0.9, NULL),
                       ('s002', 'a1', 2, 'src', @longest, 'direct', 'said', 0, 14, 'rule', 0.9, NULL)
                """,
                new { longest });
        }

        // Through the last version whose index read texts from the rows, which SQL could still update.
        await using (var connection = await old.OpenAsync(CancellationToken.None))
        {
            await Migrator.MigrateAsync(connection, old.Dialect, CancellationToken.None, throughVersion: 36);
        }
        await AddStatementsAsync(old, Say("s003", "The harbour is full of boats tonight."), Say("s004", "Gone soon."));
        await using var migrated = await old.OpenAsync(CancellationToken.None);
        await migrated.ExecuteAsync("UPDATE statements SET text = 'The harbour, the quay.' WHERE id = 's001'; DELETE FROM statements WHERE id = 's004';");
        const string Lengths = "SELECT s.id, l.length FROM statements s JOIN statement_lengths l ON l.statement = s.rowid ORDER BY s.id";
        Assert.Equal([("s001", 4L), ("s002", 200L), ("s003", 7L)], await migrated.QueryAsync<(string Id, long Length)>(Lengths));
        Assert.Equal(3, await migrated.ExecuteScalarAsync<long>("SELECT count(*) FROM statement_lengths"));

        // 0037 indexes the same texts again, in a contentless index: the lengths stay, and a deleted statement's goes.
        await old.MigrateAsync(CancellationToken.None);
        Assert.Equal([("s001", 4L), ("s002", 200L), ("s003", 7L)], await migrated.QueryAsync<(string Id, long Length)>(Lengths));
        Assert.Equal([("s001", 4L), ("s002", 200L), ("s003", 7L)], await migrated.QueryAsync<(string Id, long Length)>("SELECT s.id, l.length FROM statements_fts_lengths l JOIN statements s ON s.rowid = l.id & 17179869183 ORDER BY s.id"));
        await migrated.ExecuteAsync("DELETE FROM statements WHERE id = 's003'");
        Assert.Equal(2, await migrated.ExecuteScalarAsync<long>("SELECT count(*) FROM statement_lengths"));
        Assert.Equal(2, await migrated.ExecuteScalarAsync<long>("SELECT count(*) FROM statements_fts_docsize"));
    }

    private static async Task AddStatementsAsync(ICorpusStore store, params StatementToStore[] statements)
    {
        await using var tx = await store.BeginAsync(CancellationToken.None);
        await StatementRows.AddAsync(tx, statements, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    /// <summary>How many hits SQLite scores for the first page of <paramref name="take"/> rows of one word; every hit when it finds no shorter way.</summary>
    private static async Task<long> CandidatesAsync(System.Data.Common.DbConnection connection, string word, int take)
    {
        await using var tx = ((SqliteConnection)connection).BeginTransaction(deferred: true);
        var candidates = await SqliteRankedHits.FindAsync(connection, tx, word, null, take, CancellationToken.None);
        Assert.NotNull(candidates);
        return await connection.ExecuteScalarAsync<long>(
            $"SELECT count(*) FROM ({FullText.Of(SqlDialect.Sqlite).RankedCandidates})",
            new
            {
                candidates = candidates.Hits,
                rows = candidates.Rows,
                tokens = candidates.Tokens,
                found = candidates.Found,
                shortest = candidates.Shortest,
                slope = candidates.Slope,
                k1 = SqliteRankedHits.K1,
                b = SqliteRankedHits.B,
                minIdf = SqliteRankedHits.MinIdf,
            },
            tx);
    }

    private static StatementToStore Say(string id, string text) => Said(id, "r2", "Daily", text, StatementKind.Direct);
}
