using Corpus.Storage.Articles;
using Corpus.Storage.Statements;
using Dapper;

namespace Corpus.Storage.Migrations;

/// <summary>
/// Migration 0037's part SQL cannot do: each statement's text is kept in its row only where its article's clean text
/// (compressed) does not hold it between the statement's offsets.
/// </summary>
internal static class LeaveStatementTextsToArticles
{
    public static async Task RunAsync(StoreTransaction tx, CancellationToken ct)
    {
        // SQLite's texts were moved aside into a column of their own, under a text column of nulls.
        var sqlite = tx.Dialect == SqlDialect.Sqlite;
        var stored = sqlite ? "stored_text" : "text";
        await ArticlePages.EachAsync<(string Id, byte[] CleanText)>(
            tx,
            "id, clean_text_brotli",
            "clean_text_brotli IS NOT NULL",
            async page =>
            {
                var cleanTexts = page.ToDictionary(a => a.Id, a => StoredText.DecompressClean(a.CleanText)!, StringComparer.Ordinal);
                var statements = await tx.Connection.QueryAsync<(string Id, string ArticleId, string Text, long Start, long End)>(new CommandDefinition(
                    $"SELECT id, article_id, {stored}, start_offset, end_offset FROM statements WHERE {tx.Dialect.InList("article_id", "@ids")}",
                    new { ids = tx.Dialect.List(cleanTexts.Keys) },
                    tx.Transaction,
                    cancellationToken: ct));
                var changed = statements
                    .Select(s => (s.Id, Wanted: StatementTexts.IsSlice(s.Text, cleanTexts[s.ArticleId], s.Start, s.End) ? null : s.Text, Current: sqlite ? null : s.Text))
                    .Where(s => s.Wanted != s.Current)
                    .OrderBy(s => s.Id, StringComparer.Ordinal)
                    .ToList();
                await RowByRow.ExecuteAsync(tx, "UPDATE statements SET text = {0} WHERE id = {1}", changed, s => [s.Wanted, s.Id], ct);
            },
            a => a.Id,
            ct);
        if (sqlite)
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE statements SET text = stored_text
                WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = statements.article_id AND a.clean_text_brotli IS NOT NULL);
                ALTER TABLE statements DROP COLUMN stored_text;
                """,
                transaction: tx.Transaction,
                cancellationToken: ct));
        }
    }
}
