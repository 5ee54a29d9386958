using Corpus.Storage.Postgres;
using Corpus.TestSupport;
using Dapper;

namespace Corpus.Storage.Tests;

public sealed class PostgresPreparationTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    [SkippableTheory]
    [InlineData("", 1L)]
    [InlineData(";Max Auto Prepare=0", 0L)]
    public async Task A_statement_run_twice_is_prepared_unless_the_connection_string_says_otherwise(string setting, long expected)
    {
        Skip.If(fixture.Server is null, ThrowawayPostgres.MissingMessage);
        await using var store = new PostgresStore(fixture.Server.CreateDatabase() + setting);
        await using var connection = await store.OpenAsync(CancellationToken.None);
        for (var i = 0; i < 2; i++)
        {
            await connection.ExecuteScalarAsync<long>("SELECT @i + 1", new { i });
        }
        Assert.Equal(expected, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1 + 1%'"));
    }

    [SkippableTheory]
    [InlineData("", "off", "0")]
    [InlineData(";Options=-c statement_timeout=5min", "off", "5min")]
    [InlineData(";Options=-c jit=on", "on", "0")]
    public async Task Sessions_run_without_jit_unless_the_connection_string_says_otherwise(string setting, string jit, string timeout)
    {
        Skip.If(fixture.Server is null, ThrowawayPostgres.MissingMessage);
        await using var store = new PostgresStore(fixture.Server.CreateDatabase() + setting);
        await using var connection = await store.OpenAsync(CancellationToken.None);
        Assert.Equal((jit, timeout), await connection.QuerySingleAsync<(string, string)>("SELECT current_setting('jit'), current_setting('statement_timeout')"));
    }
}
