using System.Data.Common;
using Corpus.Storage.Migrations;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Corpus.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode.</summary>
public sealed class SqliteStore : ICorpusStore
{
    private const int WriterCacheKibibytes = 64 * 1024;

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

    public async Task<StoreTransaction> BeginAsync(Durability durability, CancellationToken ct) =>
        await BeginAsync(await OpenAsync(ct), durability, ownsConnection: true);

    /// <summary>
    /// The writer's connection keeps a large page cache: SQLite has one writer at a time, and in WAL mode a connection's
    /// cache survives its own commits (only another connection's commit empties it), so the index pages every commit
    /// touches stay in memory instead of being read again from the file by each transaction.
    /// </summary>
    public async Task<DbConnection> OpenWriterAsync(CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        await connection.ExecuteAsync($"PRAGMA cache_size=-{WriterCacheKibibytes};");
        return connection;
    }

    public Task<StoreTransaction> BeginAsync(DbConnection writer, Durability durability, CancellationToken ct) =>
        BeginAsync(writer, durability, ownsConnection: false);

    private async Task<StoreTransaction> BeginAsync(DbConnection connection, Durability durability, bool ownsConnection)
    {
        // In WAL mode NORMAL loses only the newest commits on power loss, never a part of one, and any later FULL commit
        // flushes them too.
        await connection.ExecuteAsync(durability == Durability.Redoable ? "PRAGMA synchronous=NORMAL;" : "PRAGMA synchronous=FULL;");
        var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        return new StoreTransaction(connection, transaction, Dialect, ownsConnection);
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
