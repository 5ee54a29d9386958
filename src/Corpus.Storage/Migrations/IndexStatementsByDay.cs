using Corpus.Storage.Search;
using Corpus.Storage.Statements;
using Dapper;

namespace Corpus.Storage.Migrations;

/// <summary>Migration 0044's part SQL cannot do: the stored statements indexed again under keys by day, with their texts read as views read them.</summary>
internal static class IndexStatementsByDay
{
    public static async Task RunAsync(StoreTransaction tx, CancellationToken ct)
    {
        await ArticlePages.EachCleanTextAsync(
            tx,
            async cleanTexts =>
            {
                var statements = await tx.Connection.QueryAsync<(long Rowid, string ArticleId, long Day, string? Text, long Start, long End)>(new CommandDefinition(
                    $"""
                    SELECT st.rowid, st.article_id, {NewestHits.DayOf("a")}, st.text, st.start_offset, st.end_offset
                    FROM statements st JOIN articles a ON a.id = st.article_id
                    WHERE {tx.Dialect.InList("st.article_id", "@ids")} ORDER BY st.rowid
                    """,
                    new { ids = tx.Dialect.List(cleanTexts.Keys) },
                    tx.Transaction,
                    cancellationToken: ct));
                var texts = new StatementTexts();
                await NewestHits.IndexAsync(tx, [.. statements.Select(s => (s.Rowid, s.Day, texts.Of(s.Text, s.ArticleId, cleanTexts[s.ArticleId], s.Start, s.End)))], ct);
            },
            ct);
        // A statement whose article is not stored holds its own text, and has no day.
        var unplaced = await tx.Connection.QueryAsync<(long Rowid, string Text)>(new CommandDefinition(
            "SELECT st.rowid, st.text FROM statements st WHERE st.text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = st.article_id) ORDER BY st.rowid",
            transaction: tx.Transaction,
            cancellationToken: ct));
        await NewestHits.IndexAsync(tx, [.. unplaced.Select(s => (s.Rowid, 0L, s.Text))], ct);
    }
}
