using Corpus.Storage.Statements;

namespace Corpus.Storage.Tests;

/// <summary>What a quote grain reads to group a speaker's statements and count the outlets that carried each quote.</summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task A_speakers_quotable_statements_load_in_upload_order_with_their_outlets()
    {
        SkipIfUnavailable();
        await SettleAsync(("a1", "Daily", "Harbour wall repairs"), ("a2", "Herald", "Harbour wall repairs again"), ("a3", "Herald", "Library opens"));
        await WriteAsync(async tx =>
        {
            await StatementRows.AddAsync(tx, [Statement("s1", "a1", "Daily"), Statement("s2", "a2", "Herald"), Statement("s3", "a3", "Herald")], CancellationToken.None);
            await StatementLinks.SetAsync(tx, StatementLink.Speaker, [("s1", "sp-jane"), ("s2", "sp-jane"), ("s3", "sp-john")], CancellationToken.None);
        });

        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var quoted = await StatementRows.LoadQuotedAsync(connection, "sp-jane", CancellationToken.None);

        Assert.Equal([("s1", "Daily"), ("s2", "Herald")], quoted.Select(q => (q.Id, q.Outlet)));
        Assert.Empty(await StatementRows.LoadQuotedAsync(connection, "sp-nobody", CancellationToken.None));
    }
}
