using System.Data.Common;
using Corpus.Storage.Migrations;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Corpus.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode.</summary>
public sealed class SqliteStore : ICorpusStore
{
    private readonly string _connectionString;

    public SqliteStore(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        connection.Execute("PRAGMA journal_mode=WAL;");
    }

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await Migrator.MigrateAsync(connection, Dialect, ct);
    }

    public async Task<bool> IsReachableAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = await OpenAsync(ct);
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT 1", cancellationToken: ct)) == 1;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public async Task<StoreTransaction> BeginAsync(Durability durability, CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        if (durability == Durability.Redoable)
        {
            // In WAL mode NORMAL loses only the newest commits on power loss, never a part of one, and any later
            // FULL commit flushes them too.
            await connection.ExecuteAsync("PRAGMA synchronous=NORMAL;");
        }
        var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        return new StoreTransaction(connection, transaction, Dialect);
    }
    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        // FULL: a committed upload survives a power cut, not only a killed process.
        await connection.ExecuteAsync("PRAGMA synchronous=FULL; PRAGMA busy_timeout=60000;");
        return connection;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
