using System.Data.Common;

namespace Corpus.Storage;

/// <summary>A write transaction and the connection it runs on, disposed together unless the connection is a writer's own.</summary>
public sealed class StoreTransaction(DbConnection connection, DbTransaction transaction, SqlDialect dialect, bool ownsConnection = true) : IAsyncDisposable
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    public SqlDialect Dialect { get; } = dialect;

    public Task CommitAsync(CancellationToken ct) => Transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        if (ownsConnection)
        {
            await Connection.DisposeAsync();
        }
    }
}
