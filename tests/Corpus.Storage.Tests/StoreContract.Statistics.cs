using Corpus.Storage.Statements;
using Dapper;

namespace Corpus.Storage.Tests;

/// <summary>The planner's statistics: PostgreSQL's autovacuum must be able to analyze every table the views read.</summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Statements_are_analyzed_with_the_search_path_autovacuum_uses()
    {
        SkipIfUnavailable();
        Skip.If(Store.Dialect != SqlDialect.Postgres, "SQLite keeps no statistics of its own accord.");
        await using (var tx = await Store.BeginAsync(CancellationToken.None))
        {
            await StatementRows.AddAsync(tx, [Statement("s1", "Elections, elections and again elections."), Statement("s2", "The weather is fine.")], CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var schema = await connection.ExecuteScalarAsync<string>("SELECT current_schema()");
        // Autovacuum evaluates index expressions with search_path = pg_catalog; a function they call must still find its own.
        await connection.ExecuteAsync($"SET search_path = pg_catalog; ANALYZE \"{schema}\".statements; RESET search_path;");

        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM pg_stats WHERE tablename = 'statements' AND attname = 'article_id'"));
    }
}
