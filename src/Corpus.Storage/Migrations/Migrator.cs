using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Migrations;

/// <summary>
/// Applies the numbered scripts <c>Migrations/NNNN_name.sql</c> in order, each in its own transaction,
/// recording each in <c>schema_migrations</c>.
/// </summary>
public static class Migrator
{
    public static async Task MigrateAsync(DbConnection connection, SqlDialect dialect, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
            cancellationToken: ct));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition("SELECT version FROM schema_migrations", cancellationToken: ct))).ToHashSet();
        foreach (var (version, name, sql) in Scripts())
        {
            if (applied.Contains(version))
            {
                continue;
            }
            await using var tx = await connection.BeginTransactionAsync(ct);
            await connection.ExecuteAsync(new CommandDefinition(sql.Replace("{autoid}", dialect.AutoIncrementKey, StringComparison.Ordinal), transaction: tx, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @now)",
                new { version, name, now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() },
                transaction: tx,
                cancellationToken: ct));
            await tx.CommitAsync(ct);
        }
    }

    public static IEnumerable<(long Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(Migrator).Assembly;
        const string prefix = "Corpus.Storage.Migrations.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = resource[prefix.Length..^".sql".Length];
            var version = long.Parse(file[..4], System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (version, file[5..], reader.ReadToEnd());
        }
    }
}
