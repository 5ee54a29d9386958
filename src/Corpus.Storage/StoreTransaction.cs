using System.Data.Common;

namespace Corpus.Storage;

/// <summary>One turn's transaction: its connection, its transaction, and the locks it holds until disposed.</summary>
public sealed class StoreTransaction(DbConnection connection, DbTransaction transaction, SqlDialect dialect, IDisposable? locks) : IAsyncDisposable
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    public SqlDialect Dialect { get; } = dialect;

    public Task CommitAsync(CancellationToken ct) => Transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
        locks?.Dispose();
    }
}
