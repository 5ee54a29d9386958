using Corpus.Storage.Postgres;
using Corpus.TestSupport;
using Dapper;

namespace Corpus.Storage.Tests;

public sealed class PostgresMigrationTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    [SkippableFact]
    public async Task Nodes_starting_together_migrate_once()
    {
        Skip.If(fixture.Server is null, ThrowawayPostgres.MissingMessage);
        var connectionString = fixture.Server.CreateDatabase();
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresStore(connectionString)).ToList();
        await Task.WhenAll(stores.Select(s => Task.Run(() => s.MigrateAsync(CancellationToken.None))));
        await using var connection = await stores[0].OpenAsync(CancellationToken.None);
        Assert.Equal(Migrations.Migrator.Scripts(SqlDialect.Postgres).Count() + Migrations.Migrator.OrleansScripts(SqlDialect.Postgres).Count(), await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }
}
