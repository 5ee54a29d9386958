using Corpus.Storage.Articles;

namespace Corpus.Storage.Migrations;

/// <summary>Migration 0032's part SQL cannot do: storing each taken-in article's raw text with its clean text.</summary>
internal static class StoreRawWithCleanTexts
{
    public static Task RunAsync(StoreTransaction tx, CancellationToken ct) =>
        ArticlePages.EachAsync<(string Id, byte[]? RawText, byte[] CleanText, byte[]? AnalyzedText)>(
            tx,
            "id, raw_text_brotli, clean_text_brotli, analyzed_text_brotli",
            "clean_text_brotli IS NOT NULL",
            page => RowByRow.ExecuteAsync(
                tx,
                "UPDATE articles SET raw_text_brotli = NULL, clean_text_brotli = {0}, analyzed_text_brotli = {1} WHERE id = {2}",
                page,
                r =>
                {
                    var (raw, analyzed) = (StoredText.Decompress(r.RawText), StoredText.Decompress(r.AnalyzedText));
                    return
                    [
                        StoredText.CompressWithRaw(StoredText.Decompress(r.CleanText)!, analyzed is null ? raw : null),
                        analyzed is null ? null : StoredText.CompressWithRaw(analyzed, raw),
                        r.Id,
                    ];
                },
                ct),
            r => r.Id,
            ct);
}
