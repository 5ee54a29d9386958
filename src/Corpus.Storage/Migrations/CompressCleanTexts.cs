using Corpus.Storage.Articles;
using Corpus.Storage.Search;
using Dapper;

namespace Corpus.Storage.Migrations;

/// <summary>Migration 0029's part SQL cannot do: compressing the clean texts stored before it and indexing their words.</summary>
internal static class CompressCleanTexts
{
    private const int PageSize = 500;

    public static async Task RunAsync(StoreTransaction tx, CancellationToken ct)
    {
        var after = string.Empty;
        while (true)
        {
            var page = (await tx.Connection.QueryAsync<(string Id, string? Title, string CleanText, string? AnalyzedText)>(new CommandDefinition(
                "SELECT id, title, clean_text, analyzed_text FROM articles WHERE id > @after AND clean_text IS NOT NULL ORDER BY id LIMIT @limit",
                new { after, limit = (long)PageSize },
                tx.Transaction,
                cancellationToken: ct))).ToList();
            if (page.Count == 0)
            {
                return;
            }
            await RowByRow.ExecuteAsync(
                tx,
                "UPDATE articles SET clean_text_brotli = {0}, analyzed_text_brotli = {1} WHERE id = {2}",
                page,
                r => [StoredText.Compress(r.CleanText), StoredText.Compress(r.AnalyzedText), r.Id],
                ct);
            await RowByRow.ExecuteAsync(tx, tx.Dialect.StoreArticleWords, page, r => [r.Id, Words.OfArticle(r.Title, r.CleanText)], ct);
            after = page[^1].Id;
        }
    }
}
