using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Articles;

public static class ArticleRows
{
    /// <summary>Uploaded, not yet taken in.</summary>
    public const string Queued = "queued";

    /// <summary>Taken in: whether it copies an earlier article is decided and what it yields is stored, but not yet handed on to every grain.</summary>
    public const string Settled = "settled";

    public const string Processed = "processed";
    public const string Failed = "failed";

    /// <summary>
    /// Inserts each article unless its key or content is already stored, numbering the new ones in upload order.
    /// Returns, per article, whether it was new; a unique constraint decides, so concurrent uploads of the same content
    /// agree. The arrival counter's row lock is held until commit, so arrivals are given in commit order: an article
    /// not yet visible to a reader always arrives after every article the reader sees.
    /// </summary>
    /// <param name="traceParent">The upload request's trace, which the article's processing joins.</param>
    /// <remarks>The content and upload hashes (hex SHA-256) are stored as their 32 bytes.</remarks>
    public static async Task<bool[]> InsertNewAsync(StoreTransaction tx, string uploadId, IReadOnlyList<PackedArticle> batch, long nowMs, string? traceParent, CancellationToken ct)
    {
        var first = await tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "UPDATE arrival_counter SET next = next + @count WHERE id = 1 RETURNING next - @count",
            new { count = (long)batch.Count },
            tx.Transaction,
            cancellationToken: ct));
        var stored = (await MultiRowInsert.QueryAsync<(PackedArticle Packed, long Arrival), string>(
            tx,
            "articles (id, client_key, content_hash, upload_hash, upload_id, source, url, title, published, raw_text_brotli, raw_html_brotli, state, received_at, arrival, trace_parent)",
            [.. batch.Select((a, i) => (a, first + i))],
            r => [r.Packed.Article.Id, r.Packed.Article.ClientKey, Convert.FromHexString(r.Packed.Article.ContentHash), Convert.FromHexString(r.Packed.UploadHash), uploadId, r.Packed.Article.Source, r.Packed.Article.Url, r.Packed.Article.Title, r.Packed.Article.Published, r.Packed.RawTextBrotli, r.Packed.RawHtmlBrotli, Queued, nowMs, r.Arrival, traceParent],
            "ON CONFLICT DO NOTHING RETURNING id",
            ct)).ToHashSet(StringComparer.Ordinal);
        // An id appears twice in a batch when one key is uploaded twice: only its first line counts as new.
        return [.. batch.Select(a => stored.Remove(a.Article.Id))];
    }

    /// <summary>An uploaded article; its uploaded fields never change.</summary>
    public static async Task<StoredArticle?> LoadAsync(DbConnection connection, string id, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<StoredArticle>(new CommandDefinition(
            $"""
            SELECT id AS Id, client_key AS ClientKey, source AS Source, url AS Url, title AS Title, published AS Published,
                   raw_text_brotli AS RawTextBrotli, raw_html_brotli AS RawHtmlBrotli, {IndexedText} AS TakenInTextBrotli,
                   state AS State, arrival AS Arrival
            FROM articles WHERE id = @id
            """,
            new { id },
            cancellationToken: ct));

    /// <summary>Articles not yet processed, in upload order, after <paramref name="afterArrival"/>.</summary>
    public static async Task<IReadOnlyList<UnfinishedArticle>> UnfinishedAsync(DbConnection connection, long afterArrival, int limit, CancellationToken ct) =>
        [.. await connection.QueryAsync<UnfinishedArticle>(new CommandDefinition(
            $"""
            SELECT id AS Id, arrival AS Arrival, state AS State, duplicate_of AS DuplicateOf, trace_parent AS TraceParent FROM articles
            WHERE state IN ('{Queued}', '{Settled}') AND arrival > @afterArrival
            ORDER BY arrival LIMIT @limit
            """,
            new { afterArrival, limit = (long)limit },
            cancellationToken: ct))];

    /// <summary>
    /// Stores what taking these articles in decided: clean text and its words, metadata, which earlier article each
    /// copies, and its copy sketch (<c>copy_sketches</c>, what later copy decisions read of it). The raw text is stored
    /// with the clean one from then on (<see cref="StoredText.CompressWithRaw"/>). The indexed columns an upload already
    /// set (outlet, date, copy of) are set again only where taking the article in changed them: SQLite rewrites an
    /// index's entry for every indexed column a statement sets, changed or not, and each is a random page.
    /// </summary>
    public static async Task SaveSettledAsync(StoreTransaction tx, IReadOnlyList<SettledArticle> articles, CancellationToken ct)
    {
        await RowByRow.ExecuteAsync(
            tx,
            $"UPDATE articles SET state = '{Settled}', title = {{0}}, authors = {{1}}, clean_text_brotli = {{2}}, analyzed_text_brotli = {{3}}, raw_text_brotli = NULL, error = NULL WHERE id = {{4}} AND state = '{Queued}'",
            articles,
            a => [a.Title, Json.Write(a.Authors), a.CleanTextBrotli, a.AnalyzedTextBrotli, a.Id],
            ct);
        await RowByRow.ExecuteAsync(
            tx,
            $"UPDATE articles SET published = {{0}}, source = {{1}}, duplicate_of = {{2}} WHERE id = {{3}} AND state = '{Settled}' AND (published IS DISTINCT FROM {{0}} OR source IS DISTINCT FROM {{1}} OR duplicate_of IS DISTINCT FROM {{2}})",
            articles,
            a => [a.Published, a.Source, a.DuplicateOf, a.Id],
            ct);
        await RowByRow.ExecuteAsync(
            tx,
            $"INSERT INTO copy_sketches (arrival, id, duplicate_of, sketch) SELECT arrival, id, duplicate_of, {{0}} FROM articles WHERE id = {{1}} AND state = '{Settled}' ON CONFLICT DO NOTHING",
            articles,
            a => [a.CopySketch, a.Id],
            ct);
        await tx.Dialect.StoreArticleWordsAsync(tx, [.. articles.Select(a => (a.Id, a.Words))], ct);
    }

    /// <summary>Marks settled articles processed, dropping the upload's trace: only an unfinished article's processing joins it.</summary>
    public static Task MarkProcessedAsync(StoreTransaction tx, IReadOnlyCollection<string> ids, long nowMs, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE articles SET state = '{Processed}', processed_at = @nowMs, trace_parent = NULL WHERE {tx.Dialect.InList("id", "@ids")} AND state = '{Settled}'",
            new { ids = tx.Dialect.List(ids), nowMs },
            tx.Transaction,
            cancellationToken: ct));

    /// <summary>Marks queued or settled articles failed; a failed article is no candidate of later copy decisions.</summary>
    public static async Task MarkFailedAsync(StoreTransaction tx, IReadOnlyList<(string Id, string Error)> failures, CancellationToken ct)
    {
        if (failures.Count == 0)
        {
            return;
        }
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM copy_sketches WHERE arrival IN (SELECT arrival FROM articles WHERE {tx.Dialect.InList("id", "@ids")} AND state = '{Settled}')",
            new { ids = tx.Dialect.List(failures.Select(f => f.Id)) },
            tx.Transaction,
            cancellationToken: ct));
        await RowByRow.ExecuteAsync(
            tx,
            $"UPDATE articles SET state = '{Failed}', error = {{0}} WHERE id = {{1}} AND state IN ('{Queued}', '{Settled}')",
            failures,
            f => [f.Error, f.Id],
            ct);
    }

    /// <summary>The texts articles were fingerprinted on, to confirm a near copy.</summary>
    public static async Task<Dictionary<string, string>> LoadIndexedTextsAsync(DbConnection connection, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : (await connection.QueryAsync<(string Id, byte[]? Text)>(new CommandDefinition(
                $"SELECT id, {IndexedText} FROM articles WHERE {SqlDialect.Of(connection).InList("id", "@ids")}",
                new { ids = SqlDialect.Of(connection).List(ids) },
                cancellationToken: ct))).ToDictionary(r => r.Id, r => StoredText.DecompressClean(r.Text) ?? string.Empty, StringComparer.Ordinal);

    /// <summary>The compressed text an article was fingerprinted on, as a column expression.</summary>
    public const string IndexedText = "COALESCE(analyzed_text_brotli, clean_text_brotli)";

    /// <summary>The title and clean text of a taken-in article.</summary>
    public static async Task<(string? Title, string CleanText)?> LoadCleanTextAsync(DbConnection connection, string id, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<(string? Title, byte[]? CleanText)>(new CommandDefinition(
            $"SELECT title, clean_text_brotli FROM articles WHERE id = @id AND state IN ('{Settled}', '{Processed}')", new { id }, cancellationToken: ct)) is { CleanText: { } text } row
            ? (row.Title, StoredText.DecompressClean(text)!)
            : null;

    /// <summary>
    /// Replaces the clean text of a taken-in article (<see cref="StoredText.CompressWithRaw"/>, without the raw text) and
    /// its words (<see cref="Search.Words.OfArticle"/>), keeping the text it was analysed on, with the raw text.
    /// </summary>
    public static async Task SetCleanTextAsync(StoreTransaction tx, string id, byte[] cleanTextBrotli, string words, CancellationToken ct)
    {
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE articles SET analyzed_text_brotli = COALESCE(analyzed_text_brotli, clean_text_brotli), clean_text_brotli = @cleanTextBrotli WHERE id = @id",
            new { id, cleanTextBrotli },
            tx.Transaction,
            cancellationToken: ct));
        await tx.Dialect.StoreArticleWordsAsync(tx, [(id, words)], ct);
    }
}
