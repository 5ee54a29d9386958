using Corpus.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Corpus.Storage.Tests;

public sealed class SqliteWalTests : IDisposable
{
    private const long WalLimitBytes = 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("corpus-wal-").FullName;

    [Fact]
    public async Task The_log_stays_near_its_limit_when_a_reader_is_in_it_at_every_commit()
    {
        var path = Path.Combine(_folder, "corpus.db");
        await using var store = new SqliteStore(path, WalLimitBytes);
        await store.MigrateAsync(CancellationToken.None);
        await using var writer = await store.OpenWriterAsync(CancellationToken.None);
        await writer.ExecuteAsync("CREATE TABLE filler (bytes BLOB NOT NULL)");
        await using var reader = await store.OpenAsync(CancellationToken.None);

        // A reader holds a snapshot across each commit, so SQLite alone never starts the log over: 40 commits of
        // 256 KiB would leave it over 10 MB. The reader is gone by the writer's next transaction.
        for (var i = 0; i < 40; i++)
        {
            await using var tx = await store.BeginAsync(writer, Durability.Redoable, CancellationToken.None);
            await tx.Connection.ExecuteAsync("INSERT INTO filler VALUES (randomblob(262144))", transaction: tx.Transaction);
            await using var read = ((SqliteConnection)reader).BeginTransaction(deferred: true);
            await reader.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM filler", transaction: read);
            await tx.CommitAsync(CancellationToken.None);
            await read.CommitAsync();
        }

        Assert.InRange(new FileInfo(path + "-wal").Length, 0, 2 * WalLimitBytes);
        Assert.Equal(40L, await reader.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM filler"));
    }

    [Fact]
    public async Task A_new_store_has_pages_that_hold_several_articles_and_a_store_made_before_keeps_its_own()
    {
        var fresh = Path.Combine(_folder, "fresh.db");
        var older = Path.Combine(_folder, "older.db");
        await using (var made = new SqliteConnection($"Data Source={older};Pooling=false"))
        {
            await made.OpenAsync();
            await made.ExecuteAsync("PRAGMA page_size=4096; PRAGMA journal_mode=WAL; CREATE TABLE earlier (id INTEGER PRIMARY KEY)");
        }

        foreach (var path in new[] { fresh, older })
        {
            await using var store = new SqliteStore(path, WalLimitBytes);
            await store.MigrateAsync(CancellationToken.None);
        }

        await using var reader = new SqliteConnection($"Data Source={fresh};Pooling=false");
        Assert.Equal(16384L, await reader.ExecuteScalarAsync<long>("PRAGMA page_size"));
        await using var olderReader = new SqliteConnection($"Data Source={older};Pooling=false");
        Assert.Equal(4096L, await olderReader.ExecuteScalarAsync<long>("PRAGMA page_size"));
        Assert.Equal(0L, await olderReader.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM earlier"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
