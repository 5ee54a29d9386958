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
