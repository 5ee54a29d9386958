using System.Text.Json;
using Corpus.Storage.Articles;
using Corpus.Storage.Quotes;
using Corpus.Storage.Search;
using Corpus.Storage.Speakers;
using Corpus.Storage.Statements;
using Corpus.Storage.Views;
using Corpus.Text.Statements;
using Dapper;

namespace Corpus.Storage.Tests;

/// <summary>
/// A statement's text is stored only where its article's clean text does not hold it (migration 0037): every view,
/// search and export reads the same texts either way, and the index finds statements whose text the row lacks.
/// </summary>
public abstract partial class StoreContract
{
    private const string MayorSaid = "The mayor said: Harbour works will begin in May. Critics said the plan was rushed. Élodie Brun said harbour fees stay.";

    private static readonly (string Id, string Text, int Start, int End)[] MayorStatements =
    [
        ("s1", "Harbour works will begin in May.", 16, 48),
        // Its own wording, not the clean text's ("the plan was rushed"): the row keeps it.
        ("s2", "The plan was rushed!", 62, 81),
        ("s3", "harbour fees stay.", 100, 118),
    ];

    [SkippableFact]
    public async Task A_statement_text_the_clean_text_holds_is_not_stored_again_and_every_view_and_search_reads_it()
    {
        SkipIfUnavailable();
        await WriteMayorSaidAsync(Store, rows: false);

        await using (var connection = await Store.OpenAsync(CancellationToken.None))
        {
            Assert.Equal(["s1", "s3"], await connection.QueryAsync<string>("SELECT id FROM statements WHERE text IS NULL ORDER BY id"));
            Assert.Equal("The plan was rushed!", await connection.ExecuteScalarAsync<string>("SELECT text FROM statements WHERE id = 's2'"));
            Assert.Equal(
                ["Harbour works will begin in May.", "harbour fees stay.", "Harbour fees rise."],
                (await StatementRows.LoadQuotedAsync(connection, "sp-mayor", CancellationToken.None)).Select(q => q.Text));
        }
        var article = (await new ArticleQueries(Store).GetAsync("a1", CancellationToken.None))!;
        Assert.Equal(MayorStatements.Select(s => (s.Id, s.Text)), article.Statements.Select(s => (s.Id, s.Text)));
        var harbour = await SearchAsync(Store, "harbour", StatementOrder.Relevance);
        Assert.Equal(["s1", "s3", "s4"], harbour.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.All(harbour, s => Assert.Equal("harbour", s.Text[s.Matches!.Single().Start..s.Matches!.Single().End], StringComparer.OrdinalIgnoreCase));
        Assert.Equal([("s2", "The plan was rushed!")], (await SearchAsync(Store, "rushed", StatementOrder.Newest)).Select(s => (s.Id, s.Text)));
        Assert.Equal(["Harbour works will begin in May.", "harbour fees stay."], (await new QuoteQueries(Store).GetAsync("q1", CancellationToken.None))!.Variants.Select(v => v.Text));

        // The clean text loses its first sentence: s1 moves with its words; s3 is held where it lies no longer.
        var shorter = MayorSaid[16..];
        await WriteAsync(async tx =>
        {
            await ArticleRows.SetCleanTextAsync(tx, "a1", StoredText.CompressWithRaw(shorter, null), Search.Words.OfArticle("Harbour", shorter), CancellationToken.None);
            await StatementRows.MoveAsync(
                tx, [new StatementSpan("s1", 0, 32), new StatementSpan("s2", 46, 65)], [new StatementText("s2", "the plan was rushed"), new StatementText("s3", MayorSaid[100..118])], [], CancellationToken.None);
        });
        article = (await new ArticleQueries(Store).GetAsync("a1", CancellationToken.None))!;
        Assert.Equal(MayorStatements.Select(s => (s.Id, s.Text)), article.Statements.Select(s => (s.Id, s.Text)));

        await WriteAsync(tx => StatementRows.MoveAsync(tx, [], [], ["s1"], CancellationToken.None));
        Assert.Equal(["s3", "s4"], (await SearchAsync(Store, "harbour", StatementOrder.Relevance)).Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["s3", "s4"], (await SearchAsync(Store, "harbour", StatementOrder.Newest)).Select(s => s.Id));
    }

    [SkippableFact]
    public async Task A_store_written_before_statement_texts_were_left_to_articles_answers_the_same_after_migrating()
    {
        SkipIfUnavailable();
        await using var old = await StoreAtVersionAsync(36);
        await WriteMayorSaidAsync(old, rows: true);
        // Before migration 0044 there is no index by day: statements newest first are walked by day.
        var before = await AnswersAsync(old, new StatementSearch(old, walks: true));

        await old.MigrateAsync(CancellationToken.None);

        await using (var migrated = await old.OpenAsync(CancellationToken.None))
        {
            // s4's article has no clean text: it keeps its own.
            Assert.Equal(["s1", "s3"], await migrated.QueryAsync<string>("SELECT id FROM statements WHERE text IS NULL ORDER BY id"));
            Assert.Equal(4L, await migrated.ExecuteScalarAsync<long>("SELECT count(*) FROM statements"));
        }
        Assert.Equal(before, await AnswersAsync(old, new StatementSearch(old)));
        await using (var migrated = await old.OpenAsync(CancellationToken.None))
        {
            Assert.Equal(
                MayorStatements.Where(s => s.Id != "s2").Select(s => (s.Id, (long?)StatementTexts.WordingHash(s.Text))),
                await migrated.QueryAsync<(string, long?)>("SELECT statement_id, wording FROM statement_quotes ORDER BY statement_id"));
        }
        Assert.Equal(
            [("s1", "Harbour works will begin in May.", true), ("s3", "harbour fees stay.", false)],
            (await new QuoteQueries(old).GetAsync("q1", CancellationToken.None))!.Variants.Select(v => (v.StatementId, v.Text, v.Canonical)));

        await using (var tx = await old.BeginAsync(CancellationToken.None))
        {
            await StatementRows.MoveAsync(tx, [], [], ["s3"], CancellationToken.None);
            await StatementRows.AddAsync(tx, [new StatementToStore("s5", "a1", 5, "Daily", "Critics said", StatementKind.Indirect, "said", 49, 61, "rule", 0.5, null, InCleanText: true)], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        Assert.Equal(["s1", "s4"], (await SearchAsync(old, "harbour", StatementOrder.Relevance)).Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal([("s5", "Critics said")], (await SearchAsync(old, "critics", StatementOrder.Newest)).Select(s => (s.Id, s.Text)));
    }

    /// <summary>
    /// Every answer that reads the statements' texts, as JSON; a speaker's statements, listed through the links by day
    /// of a later version, are among every statement streamed, and quotes, read through their wordings of a later
    /// version, are asked for apart.
    /// </summary>
    private static async Task<string> AnswersAsync(ICorpusStore store, StatementSearch search)
    {
        var answers = new List<object?>
        {
            await new ArticleQueries(store).GetAsync("a1", CancellationToken.None),
            await new ArticleQueries(store).GetAsync("a2", CancellationToken.None),
        };
        foreach (var q in new[] { "harbour", "rushed", "plan", "élodie" })
        {
            answers.Add(await SearchAsync(search, q, StatementOrder.Relevance));
            answers.Add(await SearchAsync(search, q, StatementOrder.Newest));
        }
        answers.Add(await new StatementSearch(store).StreamAsync(new StatementFilter(), CancellationToken.None).ToListAsync());
        await using var connection = await store.OpenAsync(CancellationToken.None);
        answers.Add(await StatementRows.LoadQuotedAsync(connection, "sp-mayor", CancellationToken.None));
        return JsonSerializer.Serialize(answers);
    }

    private static Task<List<StatementView>> SearchAsync(ICorpusStore store, string q, StatementOrder order) => SearchAsync(new StatementSearch(store), q, order);

    private static async Task<List<StatementView>> SearchAsync(StatementSearch search, string q, StatementOrder order)
    {
        Assert.True(SearchText.TryParse(q, out var text, out _));
        return [.. (await search.PageAsync(new StatementFilter(text, Order: order), new PageRequest(PageRequest.MaxLimit, null), CancellationToken.None)).Items];
    }

    /// <summary>
    /// The article <c>a1</c> saying <see cref="MayorSaid"/> and its statements, two of them the mayor's one quote; with
    /// <paramref name="rows"/> the statements are written as rows with their texts, as a store before migration 0037 held them.
    /// </summary>
    private static async Task WriteMayorSaidAsync(ICorpusStore store, bool rows)
    {
        await using var tx = await store.BeginAsync(CancellationToken.None);
        await ArticleRows.InsertNewAsync(
            tx, "u1", PackedArticle.AllOf([new("a1", "a1", Hash("a1"), "Daily", null, "Harbour", null, "raw " + MayorSaid, null), new("a2", "a2", Hash("a2"), "Herald", null, "Fees", null, "raw", null)]), 0, null, CancellationToken.None);
        var settled = SettledArticle.Of("a1", "Harbour", "2026-05-01", "Daily", [], "raw " + MayorSaid, MayorSaid, null, null);
        if (rows)
        {
            // As version 36 settled an article (it had no copy sketches).
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE articles SET state = 'settled', title = @Title, published = @Published, source = @Source, clean_text_brotli = @CleanTextBrotli, raw_text_brotli = NULL WHERE id = @Id",
                settled,
                tx.Transaction));
        }
        else
        {
            await ArticleRows.SaveSettledAsync(tx, [settled], CancellationToken.None);
        }
        // a2 is not settled: its statement (written by hand, as no intake would) has no clean text to be read from.
        var statements = MayorStatements
            .Select((s, i) => new StatementToStore(s.Id, "a1", i, "Daily", s.Text, StatementKind.Direct, "said", s.Start, s.End, "rule", 0.9, null, StatementTexts.IsSlice(s.Text, MayorSaid, s.Start, s.End)))
            .Append(new StatementToStore("s4", "a2", 0, "Herald", "Harbour fees rise.", StatementKind.Direct, "said", 0, 18, "rule", 0.9, null))
            .ToList();
        if (rows)
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition("INSERT INTO statement_rules (id, name) VALUES (1, 'rule')", transaction: tx.Transaction));
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO statements (id, article_id, ordinal, source, text, kind, cue, start_offset, end_offset, rule_id, confidence, mentioned_name)
                VALUES (@Id, @ArticleId, @Ordinal, @Source, @Text, 0, @Cue, @Start, @End, 1, @Confidence, @MentionedName)
                """,
                statements,
                tx.Transaction));
        }
        else
        {
            await StatementRows.AddAsync(tx, statements, CancellationToken.None);
        }
        await InsertSpeakersAsOlderVersionsDidAsync(tx, ("sp-mayor", "mayor", "The Mayor"));
        if (rows)
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO statement_speakers (statement_id, speaker_id) VALUES ('s1', 'sp-mayor'), ('s3', 'sp-mayor'), ('s4', 'sp-mayor')", transaction: tx.Transaction));
        }
        else
        {
            await StatementLinks.SetAsync(tx, StatementLink.Speaker, [("s1", "sp-mayor"), ("s3", "sp-mayor"), ("s4", "sp-mayor")], CancellationToken.None);
        }
        await QuoteRows.UpsertAsync(tx, [new QuoteState("q1", "sp-mayor", "Harbour works will begin in May.", 1)], 0, CancellationToken.None);
        if (rows)
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition("INSERT INTO statement_quotes (statement_id, quote_id) VALUES ('s1', 'q1'), ('s3', 'q1')", transaction: tx.Transaction));
        }
        else
        {
            await StatementLinks.SetQuotesAsync(tx, [.. MayorStatements.Where(s => s.Id != "s2").Select(s => (s.Id, (string?)"q1", StatementTexts.WordingHash(s.Text)))], CancellationToken.None);
        }
        await tx.CommitAsync(CancellationToken.None);
    }
}
