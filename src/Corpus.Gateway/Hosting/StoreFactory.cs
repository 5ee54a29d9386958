using Corpus.Storage;
using Corpus.Storage.Postgres;
using Corpus.Storage.Sqlite;

namespace Corpus.Gateway.Hosting;

internal static class StoreFactory
{
    public static ICorpusStore Create(StorageOptions options) => options.Provider.ToLowerInvariant() switch
    {
        "sqlite" => new SqliteStore(options.Sqlite.Path),
        "postgres" or "postgresql" => new PostgresStore(options.Postgres.ConnectionString),
        var other => throw new InvalidOperationException($"Storage:Provider '{other}' is not known; use 'sqlite' or 'postgres'."),
    };
}
