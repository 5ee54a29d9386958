using Dapper;

namespace Corpus.Storage.Uploads;

public sealed record UploadTotals(long Received, long Accepted, long Duplicates, long Rejected);

public static class UploadRows
{
    public static Task SaveAsync(StoreTransaction tx, string id, UploadTotals totals, long nowMs, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO uploads (id, created_at, received, accepted, duplicates, rejected) VALUES (@id, @nowMs, @Received, @Accepted, @Duplicates, @Rejected)
            ON CONFLICT (id) DO UPDATE SET received = excluded.received, accepted = excluded.accepted, duplicates = excluded.duplicates, rejected = excluded.rejected
            """,
            new { id, nowMs, totals.Received, totals.Accepted, totals.Duplicates, totals.Rejected },
            tx.Transaction,
            cancellationToken: ct));
}
