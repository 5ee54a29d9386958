using Dapper;

namespace Corpus.Storage.Uploads;

public sealed record UploadTotals(long Received, long Accepted, long Duplicates, long Rejected);

public static class UploadRows
{
    /// <summary>
    /// Records an upload's totals; a new upload is received after every stored one, even within one millisecond, so
    /// that newest first is the order uploads were stored in.
    /// </summary>
    /// <param name="complete">Whether every article of the upload is now stored.</param>
    public static Task SaveAsync(StoreTransaction tx, string id, UploadTotals totals, bool complete, long nowMs, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO uploads (id, created_at, received, accepted, duplicates, rejected, complete)
            VALUES (@id, (SELECT MAX(t) FROM (SELECT @nowMs AS t UNION ALL SELECT MAX(created_at) + 1 FROM uploads) later), @Received, @Accepted, @Duplicates, @Rejected, @complete)
            ON CONFLICT (id) DO UPDATE SET received = excluded.received, accepted = excluded.accepted, duplicates = excluded.duplicates, rejected = excluded.rejected, complete = excluded.complete
            """,
            new { id, nowMs, totals.Received, totals.Accepted, totals.Duplicates, totals.Rejected, complete = complete ? 1L : 0L },
            tx.Transaction,
            cancellationToken: ct));
}
