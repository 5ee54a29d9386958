using Dapper;
using Corpus.Storage.Search;
using Corpus.Storage.Statements;
using Corpus.Text.Statements;

namespace Corpus.Storage.Tests;

/// <summary>Statement search: the full-text index follows the statements as the intake stores them and grains move and delete them.</summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task The_full_text_index_follows_statement_inserts_moves_deletes_and_later_updates()
    {
        SkipIfUnavailable();
        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            await StatementRows.AddAsync(tx, [Statement("s1", "Elections will be held in spring."), Statement("s2", "Nobody expects early elections."), Statement("s3", "The weather is fine.")], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        Assert.Equal(["s1", "s2"], await FoundAsync("election"));

        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            await StatementRows.MoveAsync(tx, [new StatementSpan("s2", 5, 36)], [], ["s1"], CancellationToken.None);
            await StatementLinks.SetAsync(tx, StatementLink.Speaker, [("s2", "speaker-1")], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        Assert.Equal(["s2"], await FoundAsync("election"));
        Assert.Equal(["s2"], await FoundAsync("elections", speaker: "speaker-1"));
        Assert.Equal(["s3"], await FoundAsync("weather"));
    }

    [SkippableFact]
    public async Task Statements_stored_again_with_new_ones_are_indexed_once()
    {
        SkipIfUnavailable();
        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            await StatementRows.AddAsync(tx, [Statement("s1", "Elections will be held in spring."), Statement("s2", "The weather is fine.")], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }
        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            await StatementRows.AddAsync(
                tx, [Statement("s1", "Elections will be held in spring."), Statement("s3", "Early elections, said the mayor."), Statement("s3", "Early elections, said the mayor.")], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        Assert.Equal(["s1", "s3"], await FoundAsync("elections"));
        Assert.Equal(["s2"], await FoundAsync("weather"));
        var ranked = await new StatementSearch(Store).PageAsync(
            new StatementFilter(SearchText.TryParse("elections", out var text, out _) ? text : throw new InvalidOperationException(), Order: StatementOrder.Relevance),
            new PageRequest(PageRequest.MaxLimit, null),
            CancellationToken.None);
        // Each statement scores as one document of its own length: s3, five words against six, ranks first.
        Assert.Equal(["s3", "s1"], ranked.Items.Select(s => s.Id));
        if (Store.Dialect == SqlDialect.Sqlite)
        {
            // The index itself holds each statement once, or its word counts and bm25's totals would be off.
            await using var connection = await Store.OpenAsync(CancellationToken.None);
            Assert.Equal(2L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'elections'"));
            Assert.Equal(3L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM statements_fts_docsize"));
        }
    }

    private async Task<List<string>> FoundAsync(string q, string? speaker = null)
    {
        Assert.True(SearchText.TryParse(q, out var text, out _));
        // Ranked: these statements' article is not stored, and lists by day leave such statements out.
        var page = await new StatementSearch(Store).PageAsync(
            new StatementFilter(text, Speaker: speaker, Order: StatementOrder.Relevance), new PageRequest(PageRequest.MaxLimit, null), CancellationToken.None);
        return [.. page.Items.Select(s => s.Id).Order(StringComparer.Ordinal)];
    }

    private static StatementToStore Statement(string id, string text) => new(id, "a1", long.Parse(id[1..]), "src", text, StatementKind.Direct, "said", 0, text.Length, "rule", 0.9, null);
}
