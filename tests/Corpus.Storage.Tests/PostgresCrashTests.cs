using Corpus.Storage.Postgres;
using Corpus.TestSupport;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace Corpus.Storage.Tests;

public sealed class PostgresCrashTests
{
    /// <summary>
    /// The intake and the grains go on from what a write reported committed, so a server that crashes and comes back
    /// while the silos live on must still hold it. The log writer is slowed down so that an unflushed commit is lost.
    /// </summary>
    [SkippableFact]
    public async Task A_grain_write_reported_committed_survives_a_server_crash()
    {
        using var server = ThrowawayPostgres.TryStart();
        Skip.If(server is null, ThrowawayPostgres.MissingMessage);
        server.Psql("ALTER SYSTEM SET wal_writer_delay = '10s'");
        server.Psql("SELECT pg_reload_conf()");
        var connectionString = server.CreateDatabase();
        await using (var store = new PostgresStore(connectionString))
        {
            await store.MigrateAsync(CancellationToken.None);
            await using (var connection = await store.OpenAsync(CancellationToken.None))
            {
                await connection.ExecuteAsync("CREATE TABLE crash_probe (n INT PRIMARY KEY)");
            }
            await using var writer = new StoreWriter(store, parallelism: 2, NullLogger<StoreWriter>.Instance);
            for (var n = 0; n < 20; n++)
            {
                await writer.WriteAsync((tx, ct) => tx.Connection.ExecuteAsync(new CommandDefinition("INSERT INTO crash_probe VALUES (@n)", new { n }, tx.Transaction, cancellationToken: ct)));
            }
            server.StopImmediately();
        }

        server.Start();
        await using var restarted = new PostgresStore(connectionString);
        await using var reader = await restarted.OpenAsync(CancellationToken.None);
        Assert.Equal(20L, await reader.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crash_probe"));
    }
}
