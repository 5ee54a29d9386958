using Corpus.Storage.Articles;

namespace Corpus.Storage.Migrations;

/// <summary>Migration 0019's part SQL cannot do: compressing the raw texts stored before it.</summary>
internal static class CompressRawTexts
{
    public static Task RunAsync(StoreTransaction tx, CancellationToken ct) =>
        ArticlePages.EachAsync<(string Id, string? RawText, string? RawHtml)>(
            tx,
            "id, raw_text, raw_html",
            "1 = 1",
            page => RowByRow.ExecuteAsync(
                tx,
                "UPDATE articles SET raw_text_brotli = {0}, raw_html_brotli = {1} WHERE id = {2}",
                page,
                r => [StoredText.Compress(r.RawText), StoredText.Compress(r.RawHtml), r.Id],
                ct),
            r => r.Id,
            ct);
}
