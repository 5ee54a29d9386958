using Corpus.Storage.Articles;
using Corpus.Storage.Search;

namespace Corpus.Storage.Migrations;

/// <summary>Migration 0029's part SQL cannot do: compressing the clean texts stored before it and indexing their words.</summary>
internal static class CompressCleanTexts
{
    public static Task RunAsync(StoreTransaction tx, CancellationToken ct) =>
        ArticlePages.EachAsync<(string Id, string? Title, string CleanText, string? AnalyzedText)>(
            tx,
            "id, title, clean_text, analyzed_text",
            "clean_text IS NOT NULL",
            async page =>
            {
                await RowByRow.ExecuteAsync(
                    tx,
                    "UPDATE articles SET clean_text_brotli = {0}, analyzed_text_brotli = {1} WHERE id = {2}",
                    page,
                    r => [StoredText.Compress(r.CleanText), StoredText.Compress(r.AnalyzedText), r.Id],
                    ct);
                await tx.Dialect.StoreArticleWordsAsync(tx, [.. page.Select(r => (r.Id, Words.OfArticle(r.Title, r.CleanText)))], ct);
            },
            r => r.Id,
            ct);
}
