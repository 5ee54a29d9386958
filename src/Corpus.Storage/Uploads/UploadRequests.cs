using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Uploads;

/// <summary>An upload request made under an Idempotency-Key: which body it carried, its upload, and its receipt once complete.</summary>
public sealed record UploadRequest(string Fingerprint, string UploadId, string? Receipt);

/// <summary>The Idempotency-Key of each upload request, per client.</summary>
public static class UploadRequests
{
    public static async Task<UploadRequest?> FindAsync(DbConnection connection, string client, string idempotencyKey, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<(string Fingerprint, string UploadId, string? Receipt)?>(new CommandDefinition(
            "SELECT fingerprint, upload_id, receipt FROM upload_requests WHERE client = @client AND idempotency_key = @idempotencyKey",
            new { client, idempotencyKey },
            cancellationToken: ct)) is { } r
            ? new UploadRequest(r.Fingerprint, r.UploadId, r.Receipt)
            : null;

    /// <returns>False when another request took this key first.</returns>
    public static async Task<bool> TryClaimAsync(StoreTransaction tx, string client, string idempotencyKey, string fingerprint, string uploadId, long nowMs, CancellationToken ct) =>
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO upload_requests (client, idempotency_key, fingerprint, upload_id, created_at) VALUES (@client, @idempotencyKey, @fingerprint, @uploadId, @nowMs)
            ON CONFLICT (client, idempotency_key) DO NOTHING
            """,
            new { client, idempotencyKey, fingerprint, uploadId, nowMs },
            tx.Transaction,
            cancellationToken: ct)) == 1;

    public static Task SaveReceiptAsync(StoreTransaction tx, string client, string idempotencyKey, string receipt, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE upload_requests SET receipt = @receipt WHERE client = @client AND idempotency_key = @idempotencyKey",
            new { client, idempotencyKey, receipt },
            tx.Transaction,
            cancellationToken: ct));
}
