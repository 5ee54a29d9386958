using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Articles;

public static class ArticleRows
{
    public const string Queued = "queued";

    /// <summary>Analysed and in the near-copy index, waiting for every earlier arrival before it is settled.</summary>
    public const string Indexed = "indexed";

    public const string Processed = "processed";
    public const string Failed = "failed";

    /// <summary>
    /// Inserts each article unless its key or content is already stored. Returns, per article, whether it
    /// was new; a unique constraint decides, so concurrent uploads of the same content agree.
    /// </summary>
    public static async Task<bool[]> InsertNewAsync(StoreTransaction tx, string uploadId, IReadOnlyList<ArticleToStore> batch, long nowMs, CancellationToken ct)
    {
        var stored = (await MultiRowInsert.QueryAsync<ArticleToStore, string>(
            tx,
            "articles (id, client_key, content_hash, upload_id, source, url, title, published, raw_text, raw_html, state, received_at)",
            batch,
            a => [a.Id, a.ClientKey, a.ContentHash, uploadId, a.Source, a.Url, a.Title, a.Published, a.RawText, a.RawHtml, Queued, nowMs],
            "ON CONFLICT DO NOTHING RETURNING id",
            ct)).ToHashSet(StringComparer.Ordinal);
        // An id appears twice in a batch when one key is uploaded twice: only its first line counts as new.
        return [.. batch.Select(a => stored.Remove(a.Id))];
    }

    /// <summary>Reads uploaded articles; their uploaded fields never change, so no turn lock is needed.</summary>
    public static async Task<IReadOnlyList<StoredArticle>> LoadAsync(DbConnection connection, IEnumerable<string> ids, CancellationToken ct) =>
        (await connection.QueryAsync<StoredArticle>(new CommandDefinition(
            $"""
            SELECT id AS Id, client_key AS ClientKey, source AS Source, url AS Url, title AS Title, published AS Published,
                   raw_text AS RawText, raw_html AS RawHtml, state AS State
            FROM articles WHERE {SqlDialect.Of(connection).InList("id", "@ids")}
            """,
            new { ids = ids.ToList() },
            cancellationToken: ct))).ToList();

    /// <summary>Stores what taking these articles in found, one statement per article in one command.</summary>
    public static Task SaveIndexedAsync(StoreTransaction tx, IReadOnlyList<IndexedArticle> articles, CancellationToken ct) =>
        RowByRow.ExecuteAsync(
            tx,
            $"UPDATE articles SET state = '{Indexed}', title = {{0}}, published = {{1}}, source = {{2}}, authors = {{3}}, clean_text = {{4}}, analyzed_text = {{5}}, arrival = {{6}} WHERE id = {{7}}",
            articles,
            a => [a.Title, a.Published, a.Source, Json.Write(a.Authors), a.CleanText, a.AnalyzedText, a.Arrival, a.Id],
            ct);

    public static Task SaveSettledAsync(StoreTransaction tx, IReadOnlyList<(string Id, string? DuplicateOf)> articles, long nowMs, CancellationToken ct) =>
        RowByRow.ExecuteAsync(
            tx,
            $"UPDATE articles SET state = '{Processed}', duplicate_of = {{0}}, processed_at = {{1}}, error = NULL WHERE id = {{2}}",
            articles,
            a => [a.DuplicateOf, nowMs, a.Id],
            ct);

    /// <summary>The text each indexed article was fingerprinted on.</summary>
    public static async Task<Dictionary<string, string>> LoadIndexedTextsAsync(DbConnection connection, IEnumerable<string> ids, CancellationToken ct) =>
        (await connection.QueryAsync<(string Id, string Text)>(new CommandDefinition(
            $"SELECT id, COALESCE(analyzed_text, clean_text) FROM articles WHERE state = 'indexed' AND {SqlDialect.Of(connection).InList("id", "@ids")}",
            new { ids = ids.ToList() },
            cancellationToken: ct))).ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);

    /// <summary>The clean texts of those of the articles that are processed, read inside their grains' turn.</summary>
    public static async Task<Dictionary<string, string>> LoadCleanTextsAsync(StoreTransaction tx, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        (await tx.Connection.QueryAsync<(string Id, string Text)>(new CommandDefinition(
            $"SELECT id, clean_text FROM articles WHERE {tx.Dialect.InList("id", "@ids")} AND state = 'processed' AND clean_text IS NOT NULL",
            new { ids = ids.ToList() },
            tx.Transaction,
            cancellationToken: ct))).ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);

    /// <summary>Replaces the clean text of a processed article, keeping the text it was analysed on.</summary>
    public static Task SetCleanTextAsync(StoreTransaction tx, string id, string cleanText, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE articles SET analyzed_text = COALESCE(analyzed_text, clean_text), clean_text = @cleanText WHERE id = @id",
            new { id, cleanText },
            tx.Transaction,
            cancellationToken: ct));

    /// <returns>Whether the article was not processed and is now failed.</returns>
    public static async Task<bool> MarkFailedAsync(StoreTransaction tx, string id, string error, CancellationToken ct) =>
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE articles SET state = '{Failed}', error = @error WHERE id = @id AND state <> '{Processed}'",
            new { id, error },
            tx.Transaction,
            cancellationToken: ct)) > 0;

    /// <summary>The processed articles that copy <paramref name="canonical"/>, in arrival order, with the text each was indexed on.</summary>
    public static async Task<List<(string Id, string IndexedText)>> CopiesOfAsync(ICorpusStore store, string canonical, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        return [.. await connection.QueryAsync<(string, string)>(new CommandDefinition(
            $"SELECT id, COALESCE(analyzed_text, clean_text) FROM articles WHERE duplicate_of = @canonical AND state = '{Processed}' ORDER BY arrival, id",
            new { canonical },
            cancellationToken: ct))];
    }

    /// <summary>
    /// Puts copies of <paramref name="canonical"/> back to be taken in from their uploaded text, undoing their settling;
    /// returns those that still copied it, in the order given.
    /// </summary>
    public static async Task<List<string>> RequeueCopiesAsync(StoreTransaction tx, string canonical, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var requeued = (await tx.Connection.QueryAsync<string>(new CommandDefinition(
            $"""
            UPDATE articles SET state = '{Queued}', duplicate_of = NULL, processed_at = NULL, error = NULL
            WHERE {tx.Dialect.InList("id", "@ids")} AND duplicate_of = @canonical AND state = '{Processed}'
            RETURNING id
            """,
            new { ids = ids.ToList(), canonical },
            tx.Transaction,
            cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
        return [.. ids.Where(requeued.Contains)];
    }
}
