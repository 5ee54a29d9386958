using Corpus.Storage.Postgres;
using Corpus.Storage.Statements;
using Corpus.TestSupport;
using Corpus.Text.Statements;
using Dapper;

namespace Corpus.Storage.Tests;

public sealed class PostgresStoreContractTests(PostgresServerFixture fixture) : StoreContract, IClassFixture<PostgresServerFixture>
{

    protected override string SkipReason => ThrowawayPostgres.MissingMessage;

    protected override ICorpusStore? CreateStore() =>
        fixture.Server is { } server ? new PostgresStore(server.CreateDatabase()) : null;

    /// <summary>The planner's statistics: autovacuum must be able to analyze every table the views read.</summary>
    [SkippableFact]
    public async Task Statements_are_analyzed_with_the_search_path_autovacuum_uses()
    {
        SkipIfUnavailable();
        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            await StatementRows.AddAsync(
                tx,
                [new("s1", "a1", 1, "src", "Elections, elections and again elections.", StatementKind.Direct, "said", 0, 41, "rule", 0.9, null)],
                CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var schema = await connection.ExecuteScalarAsync<string>("SELECT current_schema()");
        // Autovacuum evaluates index expressions with search_path = pg_catalog; a function they call must still find its own.
        await connection.ExecuteAsync($"SET search_path = pg_catalog; ANALYZE \"{schema}\".statements; RESET search_path;");

        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM pg_stats WHERE tablename = 'statements' AND attname = 'article_id'"));
    }
}
