using Corpus.Storage.Articles;
using Dapper;

namespace Corpus.Storage.Uploads;

/// <summary>What became of one article of an upload.</summary>
public enum UploadOutcome
{
    Stored,
    Duplicate,

    /// <summary>Its key is stored with other content: refused, the stored article stays as it is.</summary>
    KeyHasOtherContent,
}

public static class UploadArticles
{
    /// <summary>
    /// Inserts the batch and says, per article, whether it was stored, copies a stored article, or reuses a stored key
    /// for other content.
    /// </summary>
    /// <param name="metByThisRequest">
    /// For an upload that another request may store too (the same Idempotency-Key, sent again after an interruption
    /// or while the first is still storing): the ids this request has met so far. An article another request stored
    /// under this upload then counts as stored, once, so every request gives the receipt an uninterrupted upload would
    /// have given. Null when no other request can store this upload.
    /// </param>
    public static async Task<UploadOutcome[]> StoreAsync(
        StoreTransaction tx, string uploadId, IReadOnlyList<PackedArticle> batch, long nowMs, string? traceParent, ISet<string>? metByThisRequest, CancellationToken ct)
    {
        var inserted = await ArticleRows.InsertNewAsync(tx, uploadId, batch, nowMs, traceParent, ct);
        var notInserted = batch.Where((_, i) => !inserted[i]).Select(a => a.Article.Id).Distinct(StringComparer.Ordinal).ToList();
        var stored = notInserted.Count == 0
            ? []
            : (await tx.Connection.QueryAsync<(string Id, string UploadId, byte[]? UploadHash, byte[] ContentHash, string? Url)>(new CommandDefinition(
                $"SELECT id, upload_id, upload_hash, content_hash, url FROM articles WHERE {tx.Dialect.InList("id", "@ids")}",
                new { ids = tx.Dialect.List(notInserted) },
                tx.Transaction,
                cancellationToken: ct))).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var outcomes = new UploadOutcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var (article, uploadHash) = (batch[i].Article, batch[i].UploadHash);
            var firstMeeting = metByThisRequest?.Add(article.Id) ?? false;
            if (inserted[i])
            {
                outcomes[i] = UploadOutcome.Stored;
            }
            else if (!stored.TryGetValue(article.Id, out var row))
            {
                // Not stored under its own id: its content is stored under another key.
                outcomes[i] = UploadOutcome.Duplicate;
            }
            else if (firstMeeting && row.UploadId == uploadId)
            {
                outcomes[i] = UploadOutcome.Stored;
            }
            else
            {
                outcomes[i] = article.ClientKey is null || SameContent(article, uploadHash, row.UploadHash, row.ContentHash, row.Url)
                    ? UploadOutcome.Duplicate
                    : UploadOutcome.KeyHasOtherContent;
            }
        }
        return outcomes;
    }

    /// <summary>Articles stored before upload hashes existed are compared on the fields settling leaves as uploaded.</summary>
    private static bool SameContent(ArticleToStore article, string uploadHash, byte[]? storedUploadHash, byte[] contentHash, string? url) =>
        storedUploadHash is not null
            ? storedUploadHash.AsSpan().SequenceEqual(Convert.FromHexString(uploadHash))
            : contentHash.AsSpan().SequenceEqual(Convert.FromHexString(article.ContentHash)) && url == article.Url;
}
