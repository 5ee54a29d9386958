using System.Data.Common;
using System.Diagnostics.Metrics;
using Corpus.Storage.Migrations;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Corpus.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode.</summary>
public sealed class SqliteStore : ICorpusStore
{
    private const int PageBytes = 16 * 1024;
    private const int WriterCacheKibibytes = 64 * 1024;
    private const int BusyTimeoutMs = 60_000;
    private const int WalResetWaitMs = 2_000;

    private static readonly Meter Meter = new("Corpus");

    private readonly string _connectionString;
    private readonly FileInfo _wal;
    private readonly long _walLimitBytes;
    private long _walResetBytes;
    private Task _checkpoint = Task.CompletedTask;

    static SqliteStore() => Meter.CreateObservableGauge(
        "corpus.sqlite.memory", () => SQLitePCL.raw.sqlite3_memory_used(), "By", "Memory SQLite holds in this process: page caches, schemas, statements.");

    /// <param name="walLimitBytes">The write-ahead log's size past which the writer resets it before its next transaction.</param>
    public SqliteStore(string path, long walLimitBytes = 16L * 1024 * 1024)
    {
        var full = Path.GetFullPath(path);
        _wal = new FileInfo(full + "-wal");
        _walLimitBytes = _walResetBytes = walLimitBytes;
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // A new store gets 16 KiB pages: an article's row (its compressed texts) takes 1-3 KiB, so a 4 KiB page ends
        // with room that the next row does not fit into (bench/README.md, Views at scale). A store that exists keeps
        // its page size (only a VACUUM changes it).
        connection.Execute($"PRAGMA page_size={PageBytes}; PRAGMA journal_mode=WAL;");
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
    /// touches stay in memory instead of being read again from the file by each transaction. It does not copy the log
    /// back into the file when it commits (<c>wal_autocheckpoint</c> off): see <see cref="CheckpointBeside"/>.
    /// </summary>
    public async Task<DbConnection> OpenWriterAsync(CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        await connection.ExecuteAsync($"PRAGMA cache_size=-{WriterCacheKibibytes}; PRAGMA wal_autocheckpoint=0;");
        return connection;
    }

    public async Task<StoreTransaction> BeginAsync(DbConnection writer, Durability durability, CancellationToken ct)
    {
        await ResetLongWalAsync(writer);
        CheckpointBeside();
        return await BeginAsync(writer, durability, ownsConnection: false);
    }

    /// <summary>
    /// Copies what the writer's earlier commits appended to the log back into the file, on a connection of its own, while
    /// the writer's next transaction runs, so the writer never waits for the copy (as it would with SQLite's default of
    /// copying inside the commit that fills the log), and a page that several commits change is copied once. A passive checkpoint neither waits for nor blocks readers and writers;
    /// one that fails is simply the next transaction's to do, and the writer's reset of a long log stays the backstop.
    /// </summary>
    private void CheckpointBeside()
    {
        if (!_checkpoint.IsCompleted)
        {
            return;
        }
        _checkpoint = Task.Run(async () =>
        {
            try
            {
                await using var connection = await OpenAsync(CancellationToken.None);
                await connection.ExecuteAsync("PRAGMA wal_checkpoint(PASSIVE);");
            }
            catch (SqliteException)
            {
                // Left for the next transaction's checkpoint.
            }
        });
    }

    /// <summary>
    /// SQLite starts the log over only when a writer finds every frame copied back and no reader in the log; under steady
    /// reads between commits that rarely happens, and the file is never shrunk. So the writer, between its transactions, resets a log grown past the limit itself: TRUNCATE waits for the readers
    /// still on older snapshots (every reader that starts meanwhile reads the newest commit), copies the rest back and
    /// empties the file; other writers wait meanwhile. A reader or an upload that outlasts the short wait leaves the log
    /// as it is, and the next try waits until it has grown by the limit again (or been cut back under it), so a long one
    /// never stalls every transaction; when SQLite next starts the log over by itself, <c>journal_size_limit</c> cuts
    /// the file back to the limit.
    /// </summary>
    private async Task ResetLongWalAsync(DbConnection writer)
    {
        _wal.Refresh();
        var walBytes = _wal.Exists ? _wal.Length : 0;
        if (walBytes <= _walLimitBytes)
        {
            _walResetBytes = _walLimitBytes;
        }
        if (walBytes <= _walResetBytes)
        {
            return;
        }
        // The checkpoint beside the writer would hold the reset up.
        await _checkpoint;
        await writer.ExecuteAsync($"PRAGMA busy_timeout={WalResetWaitMs};");
        try
        {
            var busy = await writer.QuerySingleAsync<long>("PRAGMA wal_checkpoint(TRUNCATE);");
            _walResetBytes = busy == 0 ? _walLimitBytes : walBytes + _walLimitBytes;
        }
        finally
        {
            await writer.ExecuteAsync($"PRAGMA busy_timeout={BusyTimeoutMs};");
        }
    }

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
        await connection.ExecuteAsync($"PRAGMA synchronous=FULL; PRAGMA busy_timeout={BusyTimeoutMs}; PRAGMA journal_size_limit={_walLimitBytes};");
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await _checkpoint;
        SqliteConnection.ClearAllPools();
    }
}
