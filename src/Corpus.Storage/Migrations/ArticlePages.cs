using Dapper;

namespace Corpus.Storage.Migrations;

/// <summary>Articles read in pages by id, for a migration step that rewrites each page.</summary>
internal static class ArticlePages
{
    private const int PageSize = 500;

    /// <param name="columns">The columns to read, the first being <c>id</c>.</param>
    public static async Task EachAsync<TRow>(StoreTransaction tx, string columns, string condition, Func<IReadOnlyList<TRow>, Task> rewrite, Func<TRow, string> idOf, CancellationToken ct)
    {
        var after = string.Empty;
        while (true)
        {
            var page = (await tx.Connection.QueryAsync<TRow>(new CommandDefinition(
                $"SELECT {columns} FROM articles WHERE id > @after AND {condition} ORDER BY id LIMIT @limit",
                new { after, limit = (long)PageSize },
                tx.Transaction,
                cancellationToken: ct))).ToList();
            if (page.Count == 0)
            {
                return;
            }
            await rewrite(page);
            after = idOf(page[^1]);
        }
    }

    /// <summary>Every article's compressed clean text (null where it has none), a page of articles at a time, by article id.</summary>
    public static Task EachCleanTextAsync(StoreTransaction tx, Func<IReadOnlyDictionary<string, byte[]?>, Task> rewrite, CancellationToken ct) =>
        EachAsync<(string Id, byte[]? CleanText)>(
            tx, "id, clean_text_brotli", "1 = 1", page => rewrite(page.ToDictionary(a => a.Id, a => a.CleanText, StringComparer.Ordinal)), a => a.Id, ct);
}
