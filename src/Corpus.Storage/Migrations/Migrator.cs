using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Corpus.Storage.Migrations;

/// <summary>
/// Applies the numbered scripts <c>Migrations/NNNN_name.sql</c> in order (a script that only one store can run is a
/// pair, <c>NNNN_name.sqlite.sql</c> and <c>NNNN_name.postgres.sql</c>), then the Orleans ADO.NET scripts this store
/// needs (<c>Migrations/Orleans</c>), each in its own transaction, recording each in <c>schema_migrations</c>. What
/// a script cannot do in SQL is a step in C# that runs after it, in its transaction.
/// </summary>
public static class Migrator
{
    /// <summary>Orleans' scripts are recorded after every corpus migration that can ever exist.</summary>
    private const long OrleansVersions = 900_000;

    private static readonly Dictionary<long, Func<StoreTransaction, CancellationToken, Task>> StepsAfterScript = new()
    {
        [19] = CompressRawTexts.RunAsync,
        [29] = CompressCleanTexts.RunAsync,
        [32] = StoreRawWithCleanTexts.RunAsync,
        [37] = LeaveStatementTextsToArticles.RunAsync,
        [38] = SketchSettledArticles.RunAsync,
        [39] = StoreCleanTextsFirst.RunAsync,
        [44] = IndexStatementsByDay.RunAsync,
        [47] = HashQuoteWordings.RunAsync,
    };

    /// <param name="throughVersion">The last version to apply; lower only to build a store as an older version left it.</param>
    public static async Task MigrateAsync(DbConnection connection, SqlDialect dialect, CancellationToken ct, long throughVersion = long.MaxValue)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
            cancellationToken: ct));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition("SELECT version FROM schema_migrations", cancellationToken: ct))).ToHashSet();
        foreach (var (version, name, sql) in Scripts(dialect).Concat(OrleansScripts(dialect)))
        {
            if (applied.Contains(version) || version > throughVersion)
            {
                continue;
            }
            await using var tx = new StoreTransaction(connection, await connection.BeginTransactionAsync(ct), dialect, ownsConnection: false);
            // No timeout: a script that writes every row of a table takes minutes on a large store.
            await connection.ExecuteAsync(new CommandDefinition(
                sql.Replace("{autoid}", dialect.AutoIncrementKey, StringComparison.Ordinal), transaction: tx.Transaction, commandTimeout: 0, cancellationToken: ct));
            if (StepsAfterScript.TryGetValue(version, out var step))
            {
                await step(tx, ct);
            }
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @now)",
                new { version, name, now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() },
                transaction: tx.Transaction,
                cancellationToken: ct));
            await tx.CommitAsync(ct);
        }
    }

    public static IEnumerable<(long Version, string Name, string Sql)> Scripts(SqlDialect dialect)
    {
        const string prefix = "Corpus.Storage.Migrations.";
        string[] otherDialects = [.. new[] { SqlDialect.Sqlite, SqlDialect.Postgres }.Where(d => d != dialect).Select(d => $".{d.Name}")];
        foreach (var resource in Resources(prefix))
        {
            var file = resource[prefix.Length..^".sql".Length];
            if (otherDialects.Any(other => file.EndsWith(other, StringComparison.Ordinal)))
            {
                continue;
            }
            var name = file.EndsWith($".{dialect.Name}", StringComparison.Ordinal) ? file[5..^(dialect.Name.Length + 1)] : file[5..];
            yield return (long.Parse(file[..4], CultureInfo.InvariantCulture), name, Read(resource));
        }
    }

    /// <summary>Main first: the providers read their queries from the table it creates.</summary>
    public static IEnumerable<(long Version, string Name, string Sql)> OrleansScripts(SqlDialect dialect)
    {
        string[] parts = dialect == SqlDialect.Postgres ? ["Main", "Clustering", "Persistence", "Reminders"] : ["Main", "Persistence"];
        var vendor = dialect == SqlDialect.Postgres ? "PostgreSQL" : "Sqlite";
        return parts.Select((part, i) => (OrleansVersions + i + 1, $"orleans-{vendor}-{part}", Read($"Orleans.{vendor}-{part}.sql")));
    }

    private static IEnumerable<string> Resources(string prefix) =>
        typeof(Migrator).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static string Read(string resource)
    {
        using var stream = typeof(Migrator).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration script {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
