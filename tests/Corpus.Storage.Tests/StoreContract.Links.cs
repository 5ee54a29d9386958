using Corpus.Storage.Articles;
using Corpus.Storage.Quotes;
using Corpus.Storage.Speakers;
using Corpus.Storage.Statements;
using Corpus.Storage.Views;
using Corpus.TestSupport;
using Dapper;

namespace Corpus.Storage.Tests;

/// <summary>A statement's speaker, quote and meeting, each written by its own kind of grain into a table of its own.</summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Links_follow_their_statements_are_moved_and_unset_and_never_outlive_them()
    {
        SkipIfUnavailable();
        await SettleAsync(("a1", "Daily", "Harbour wall repairs"), ("a2", "Herald", "Harbour wall repairs again"));
        await WriteAsync(async tx =>
        {
            await SpeakerRows.UpsertAsync(tx, [Speaker("sp-jane", "Jane Holloway"), Speaker("sp-john", "John Holloway")], CancellationToken.None);
            await StatementRows.AddAsync(tx, [Statement("s1", "a1", "Daily"), Statement("s2", "a2", "Herald")], CancellationToken.None);
            await QuoteRows.UpsertAsync(tx, [new QuoteState("q1", "sp-jane", "We will repair the harbour wall.", 1)], 0, CancellationToken.None);
            // A statement whose words left its article before its grain got to it is not linked.
            foreach (var (link, target) in new[] { (StatementLink.Speaker, "sp-jane"), (StatementLink.Meeting, "m1") })
            {
                await StatementLinks.SetAsync(tx, link, [("s1", target), ("s2", target), ("s-gone", target)], CancellationToken.None);
            }
            await StatementLinks.SetQuotesAsync(tx, [.. new[] { "s1", "s2", "s-gone" }.Select(s => (s, (string?)"q1", 0L))], CancellationToken.None);
        });
        Assert.Equal(
            [("s1", "sp-jane", "q1", "m1"), ("s2", "sp-jane", "q1", "m1")],
            await LinksAsync());

        await WriteAsync(async tx =>
        {
            await StatementLinks.SetAsync(tx, StatementLink.Speaker, [("s2", "sp-john")], CancellationToken.None);
            await StatementLinks.SetQuotesAsync(tx, [("s2", null, 0L)], CancellationToken.None);
            await StatementLinks.SetAsync(tx, StatementLink.Meeting, [("s2", "m2")], CancellationToken.None);
        });
        Assert.Equal(
            [("s1", "sp-jane", "q1", "m1"), ("s2", "sp-john", (string?)null, "m2")],
            await LinksAsync());
        Assert.Equal([("Jane Holloway", 1L, 1L), ("John Holloway", 1L, 1L)], await SpeakersAsync(null));

        await WriteAsync(async tx =>
        {
            await StatementRows.MoveAsync(tx, [], [], ["s1"], CancellationToken.None);
            // As the quote grain then writes it: no outlet carries q1 any more.
            await QuoteRows.UpsertAsync(tx, [new QuoteState("q1", "sp-jane", "We will repair the harbour wall.", 0)], 0, CancellationToken.None);
        });
        Assert.Equal([("s2", "sp-john", (string?)null, "m2")], await LinksAsync());
        Assert.Equal([("Jane Holloway", 0L, 0L), ("John Holloway", 1L, 1L)], await SpeakersAsync(null));
        await using var connection = await Store.OpenAsync(CancellationToken.None);
        Assert.Empty(await ViewCountsAudit.DisagreementsAsync(connection));
    }

    [SkippableFact]
    public async Task A_store_made_before_the_link_and_word_tables_keeps_every_link_count_and_searchable_word()
    {
        SkipIfUnavailable();
        await using var old = await StoreAtVersionAsync(20);
        await using (var tx = await old.BeginAsync(CancellationToken.None))
        {
            // As a store of that version held them (hashes in hex, clean texts uncompressed, speakers with created_at).
            await tx.Connection.ExecuteAsync(
                """
                INSERT INTO articles (id, client_key, content_hash, upload_id, source, title, state, received_at, arrival, raw_text_brotli)
                VALUES ('a1', 'a1', @hash, 'u1', 'Daily', 'Harbour', 'queued', 0, 1, @raw)
                """,
                new { hash = Hash("h1"), raw = StoredText.Compress("raw") },
                tx.Transaction);
            await tx.Connection.ExecuteAsync(
                "UPDATE articles SET state = 'settled', clean_text = 'Harbour. Words.' WHERE id = 'a1'", transaction: tx.Transaction);
            await tx.Connection.ExecuteAsync(
                "INSERT INTO speakers (id, family_key, name, kind, aliases, roles, created_at) VALUES ('sp-jane', 'Holloway', 'Jane Holloway', 'person', '[]', '[]', 0)",
                transaction: tx.Transaction);
            await tx.Connection.ExecuteAsync(
                """
                INSERT INTO statements (id, article_id, ordinal, source, text, kind, cue, start_offset, end_offset, rule, confidence, mention)
                VALUES ('s1', 'a1', 0, 'Daily', 'Words s1', 'direct', 'said', 0, 8, 'rule', 0.9, NULL),
                       ('s2', 'a1', 1, 'Daily', 'Words s2', 'direct', 'said', 0, 8, 'rule', 0.9,
                        '{"name":"Tom Holloway","kind":0,"aliases":["Holloway"],"roles":["mayor"],"familyKey":"person:holloway"}')
                """,
                transaction: tx.Transaction);
            await QuoteRows.UpsertAsync(tx, [new QuoteState("q1", "sp-jane", "We will repair the harbour wall.", 1)], 0, CancellationToken.None);
            await tx.Connection.ExecuteAsync(
                "UPDATE statements SET speaker_id = 'sp-jane', quote_id = 'q1', meeting_id = 'm1' WHERE id = 's1'", transaction: tx.Transaction);
            await tx.CommitAsync(CancellationToken.None);
        }

        await old.MigrateAsync(CancellationToken.None);

        Assert.Equal([("s1", "sp-jane", "q1", "m1")], await LinksAsync(old));
        await using var migrated = await old.OpenAsync(CancellationToken.None);
        Assert.Equal(1L, await migrated.ExecuteScalarAsync<long>("SELECT statement_count FROM speakers WHERE id = 'sp-jane'"));
        Assert.Empty(await ViewCountsAudit.DisagreementsAsync(migrated));
        var found = await new ArticleQueries(old).ListAsync(null, "harbo", new PageRequest(10, null), CancellationToken.None);
        Assert.Equal(["a1"], found!.Items.Select(a => a.Id));
        // A statement not attributed yet shows the name its mention gave, which the store kept as JSON before.
        var article = await new ArticleQueries(old).GetAsync("a1", CancellationToken.None);
        Assert.Equal([new SpeakerLink("sp-jane", "Jane Holloway"), new SpeakerLink(null, "Tom Holloway")], article!.Statements.Select(s => s.Speaker));
    }

    private Task<List<(string Statement, string? Speaker, string? Quote, string? Meeting)>> LinksAsync() => LinksAsync(Store);

    /// <summary>Every link row, with the statement it links (null when the statement is gone).</summary>
    private static async Task<List<(string Statement, string? Speaker, string? Quote, string? Meeting)>> LinksAsync(ICorpusStore store)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<(string, string?, string?, string?)>(
            """
            SELECT ids.statement_id, ss.speaker_id, sq.quote_id, sm.meeting_id FROM (
                SELECT statement_id FROM statement_speakers UNION SELECT statement_id FROM statement_quotes
                UNION SELECT statement_id FROM statement_meetings) ids
            LEFT JOIN statement_speakers ss ON ss.statement_id = ids.statement_id
            LEFT JOIN statement_quotes sq ON sq.statement_id = ids.statement_id
            LEFT JOIN statement_meetings sm ON sm.statement_id = ids.statement_id
            ORDER BY ids.statement_id
            """)];
    }
}
