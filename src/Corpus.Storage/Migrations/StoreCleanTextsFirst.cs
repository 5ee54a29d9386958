using Corpus.Storage.Articles;

namespace Corpus.Storage.Migrations;

/// <summary>
/// Migration 0039's part SQL cannot do: rewriting each stored clean (and analysed) text so that it comes before its raw
/// text in the stream (<see cref="StoredText.CompressWithRaw"/>), and reading it stops there.
/// </summary>
internal static class StoreCleanTextsFirst
{
    public static Task RunAsync(StoreTransaction tx, CancellationToken ct) =>
        ArticlePages.EachAsync<(string Id, byte[]? CleanText, byte[]? AnalyzedText)>(
            tx,
            "id, clean_text_brotli, analyzed_text_brotli",
            "clean_text_brotli IS NOT NULL",
            page => RowByRow.ExecuteAsync(
                tx,
                "UPDATE articles SET clean_text_brotli = {0}, analyzed_text_brotli = {1} WHERE id = {2}",
                [.. page.Where(r => !StoredText.HoldsCleanFirst(r.CleanText!) || (r.AnalyzedText is not null && !StoredText.HoldsCleanFirst(r.AnalyzedText)))
                    .AsParallel().AsOrdered()
                    .Select(r => (CleanText: CleanFirst(r.CleanText), AnalyzedText: CleanFirst(r.AnalyzedText), r.Id))],
                r => [r.CleanText, r.AnalyzedText, r.Id],
                ct),
            r => r.Id,
            ct);

    private static byte[]? CleanFirst(byte[]? stream) =>
        stream is null || StoredText.HoldsCleanFirst(stream) ? stream : StoredText.CompressWithRaw(StoredText.DecompressClean(stream)!, StoredText.DecompressRaw(stream));
}
