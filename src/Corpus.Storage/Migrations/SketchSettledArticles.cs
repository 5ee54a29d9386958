using Corpus.Storage.Articles;
using Corpus.Text.Fingerprints;

namespace Corpus.Storage.Migrations;

/// <summary>Migration 0038's part SQL cannot do: the copy sketches of the articles settled before it, from the texts they were fingerprinted on.</summary>
internal static class SketchSettledArticles
{
    public static Task RunAsync(StoreTransaction tx, CancellationToken ct) =>
        ArticlePages.EachAsync<(string Id, byte[] Text)>(
            tx,
            $"id, {ArticleRows.IndexedText}",
            $"state IN ('{ArticleRows.Settled}', '{ArticleRows.Processed}') AND {ArticleRows.IndexedText} IS NOT NULL",
            page => RowByRow.ExecuteAsync(
                tx,
                "UPDATE articles SET copy_sketch = {0} WHERE id = {1}",
                [.. page.AsParallel().AsOrdered().Select(r => (Sketch: DuplicateFingerprinter.Default.Of(StoredText.DecompressClean(r.Text) ?? string.Empty).Sketch, r.Id))],
                r => [r.Sketch, r.Id],
                ct),
            r => r.Id,
            ct);
}
