using Corpus.Storage.Statements;
using Dapper;

namespace Corpus.Storage.Migrations;

/// <summary>Migration 0047's part SQL cannot do: each quote link keeps the hash of its statement's text, read as views read it.</summary>
internal static class HashQuoteWordings
{
    public static Task RunAsync(StoreTransaction tx, CancellationToken ct) =>
        ArticlePages.EachCleanTextAsync(
            tx,
            async cleanTexts =>
            {
                var linked = await tx.Connection.QueryAsync<(string Id, string ArticleId, string? Text, long Start, long End)>(new CommandDefinition(
                    $"""
                    SELECT st.id, st.article_id, st.text, st.start_offset, st.end_offset
                    FROM statements st JOIN statement_quotes sq ON sq.statement_id = st.id
                    WHERE {tx.Dialect.InList("st.article_id", "@ids")} ORDER BY st.id
                    """,
                    new { ids = tx.Dialect.List(cleanTexts.Keys) },
                    tx.Transaction,
                    cancellationToken: ct));
                var texts = new StatementTexts();
                await RowByRow.ExecuteAsync(
                    tx,
                    "UPDATE statement_quotes SET wording = {0} WHERE statement_id = {1}",
                    [.. linked],
                    s => [StatementTexts.WordingHash(texts.Of(s.Text, s.ArticleId, cleanTexts[s.ArticleId], s.Start, s.End)), s.Id],
                    ct);
            },
            ct);
}
