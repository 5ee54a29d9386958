using System.Data.Common;
using Corpus.Storage.Migrations;
using Dapper;
using Npgsql;

namespace Corpus.Storage.Postgres;

/// <summary>The cluster store: every node of a cluster shares one PostgreSQL.</summary>
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
        _dataSource = NpgsqlDataSource.Create(WithNodeDefaults(connectionString));
    }

    /// <summary>
    /// Unless the connection string says otherwise, a connection prepares each statement it has run twice (grains repeat
    /// the same statements with new values, and planning them anew was a large part of the server's work), and a node
    /// holds at most 16 connections: hundreds of grains read at once, and a few nodes with Npgsql's default of 100 each
    /// would exhaust the server's 100 connections, where waiting a moment for a pooled one costs little. Sessions run
    /// without JIT compilation unless the options say otherwise: a query that reads a few thousand rows through an
    /// index is costed above the server's JIT threshold, and compiling it costs about as much as running it.
    /// </summary>
    private static string WithNodeDefaults(string connectionString)
    {
        // NpgsqlConnectionStringBuilder knows every key, so only the plain builder tells what was written.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.ContainsKey("Max Auto Prepare") && !written.ContainsKey("MaxAutoPrepare"))
        {
            (builder.MaxAutoPrepare, builder.AutoPrepareMinUsages) = (100, 2);
        }
        if (!written.ContainsKey("Maximum Pool Size") && !written.ContainsKey("Max Pool Size") && !written.ContainsKey("MaxPoolSize"))
        {
            builder.MaxPoolSize = 16;
        }
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = $"{builder.Options} -c jit=off".TrimStart();
        }
        return builder.ConnectionString;
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

    /// <inheritdoc cref="BeginAsync(DbConnection, Durability, CancellationToken)"/>
    public async Task<StoreTransaction> BeginAsync(Durability durability, CancellationToken ct)
    {
        var connection = await _dataSource.OpenConnectionAsync(ct);
        try
        {
            return await BeginAsync(connection, ownsConnection: true, ct);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<DbConnection> OpenWriterAsync(CancellationToken ct) => await _dataSource.OpenConnectionAsync(ct);

    /// <summary>
    /// Every commit is durable, <see cref="Durability.Redoable"/> ones too: the server can crash while the silos live
    /// on, and a commit it lost would then be missing under what the silos hold in memory (an intake past the articles
    /// it settled, grains that took in findings), which nothing would ever redo.
    /// </summary>
    public Task<StoreTransaction> BeginAsync(DbConnection writer, Durability durability, CancellationToken ct) =>
        BeginAsync(writer, ownsConnection: false, ct);

    private async Task<StoreTransaction> BeginAsync(DbConnection connection, bool ownsConnection, CancellationToken ct)
    {
        var transaction = await connection.BeginTransactionAsync(ct);
        return new StoreTransaction(connection, transaction, Dialect, ownsConnection);
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct) => await _dataSource.OpenConnectionAsync(ct);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
