using Corpus.Storage.Articles;
using Dapper;

namespace Corpus.Storage.Migrations;

/// <summary>Migration 0019's part SQL cannot do: compressing the raw texts stored before it.</summary>
internal static class CompressRawTexts
{
    private const int PageSize = 500;

    public static async Task RunAsync(StoreTransaction tx, CancellationToken ct)
    {
        var after = string.Empty;
        while (true)
        {
            var page = (await tx.Connection.QueryAsync<(string Id, string? RawText, string? RawHtml)>(new CommandDefinition(
                "SELECT id, raw_text, raw_html FROM articles WHERE id > @after ORDER BY id LIMIT @limit",
                new { after, limit = (long)PageSize },
                tx.Transaction,
                cancellationToken: ct))).ToList();
            if (page.Count == 0)
            {
                return;
            }
            await RowByRow.ExecuteAsync(
                tx,
                "UPDATE articles SET raw_text_brotli = {0}, raw_html_brotli = {1} WHERE id = {2}",
                page,
                r => [StoredText.Compress(r.RawText), StoredText.Compress(r.RawHtml), r.Id],
                ct);
            after = page[^1].Id;
        }
    }
}
