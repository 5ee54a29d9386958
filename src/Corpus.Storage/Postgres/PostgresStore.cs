using System.Data.Common;
using Corpus.Storage.Migrations;
using Dapper;
using Npgsql;

namespace Corpus.Storage.Postgres;

/// <summary>
/// The cluster store: every node of a cluster shares one PostgreSQL. A turn's grain locks are transaction-scoped
/// advisory locks, so they hold across nodes and vanish with the transaction if a node dies.
/// </summary>
public sealed class PostgresStore : ICorpusStore
{
    /// <summary>The session lock that lets one node at a time migrate when many start together.</summary>
    private const long MigrationLockId = 0x436f72707573; // "Corpus"

    private readonly NpgsqlDataSource _dataSource;

    public PostgresStore(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Storage:Postgres:ConnectionString is empty.");
        }
        _dataSource = NpgsqlDataSource.Create(WithAutoPrepare(connectionString));
    }

    /// <summary>
    /// Unless the connection string says otherwise, a connection prepares each statement it has run twice: turns repeat
    /// the same statements with new values, and planning them anew was a large part of the server's work (the lease
    /// query took 3 ms to plan). PolNeAR 840 on one worker went from 45–47 to 52–56 articles/s (bench/README.md).
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        // NpgsqlConnectionStringBuilder knows every key, so only the plain builder tells what was written.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (written.ContainsKey("Max Auto Prepare") || written.ContainsKey("MaxAutoPrepare"))
        {
            return connectionString;
        }
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 100, AutoPrepareMinUsages = 2 }.ConnectionString;
    }

    public SqlDialect Dialect => SqlDialect.Postgres;

    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@MigrationLockId)", new { MigrationLockId }, cancellationToken: ct));
        try
        {
            await Migrator.MigrateAsync(connection, Dialect, ct);
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@MigrationLockId)", new { MigrationLockId }, cancellationToken: CancellationToken.None));
        }
    }

    public async Task<bool> IsReachableAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(ct);
            return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: ct)) == 1;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    public async Task<StoreTransaction> BeginAsync(IEnumerable<string> lockKeys, Durability durability, CancellationToken ct)
    {
        var keys = lockKeys.Distinct(StringComparer.Ordinal).ToArray();
        var connection = await _dataSource.OpenConnectionAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            if (durability == Durability.Redoable)
            {
                await connection.ExecuteAsync(new CommandDefinition("SET LOCAL synchronous_commit = off", transaction: transaction, cancellationToken: ct));
            }
            if (keys.Length > 0)
            {
                // Locks are taken in the order of their ids (not of the keys), the one order every node agrees on
                // even when two keys hash alike; PostgreSQL evaluates the volatile lock call after the ORDER BY.
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    SELECT pg_advisory_xact_lock(lock_id)
                    FROM (SELECT DISTINCT hashtextextended(key, 0) AS lock_id FROM unnest(@keys) AS key) AS wanted
                    ORDER BY lock_id
                    """,
                    new { keys },
                    transaction,
                    cancellationToken: ct));
            }
            return new StoreTransaction(connection, transaction, Dialect, locks: null);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct) => await _dataSource.OpenConnectionAsync(ct);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
