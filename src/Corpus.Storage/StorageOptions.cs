namespace Corpus.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>sqlite</c> (embedded, the default) or <c>postgres</c> (cluster).</summary>
    public string Provider { get; set; } = "sqlite";

    public SqliteOptions Sqlite { get; set; } = new();

    public PostgresOptions Postgres { get; set; } = new();

    public sealed class SqliteOptions
    {
        public string Path { get; set; } = "data/corpus.db";
    }

    public sealed class PostgresOptions
    {
        public string ConnectionString { get; set; } = string.Empty;
    }
}
