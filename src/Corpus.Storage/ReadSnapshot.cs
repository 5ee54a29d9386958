using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Corpus.Storage;

/// <summary>A transaction that only reads, in which every query sees the same state of the store.</summary>
internal static class ReadSnapshot
{
    // SQLite's default transaction would take the write lock; a deferred one reads one snapshot from its first read on.
    public static async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken ct) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
}
