using System.Data.Common;

namespace Corpus.Storage;

/// <summary>
/// The one place state lives. A turn is a transaction that holds the locks of the grain keys it names,
/// taken in key order so that batches cannot deadlock.
/// </summary>
public interface ICorpusStore : IAsyncDisposable
{
    SqlDialect Dialect { get; }

    Task MigrateAsync(CancellationToken ct);

    Task<bool> IsReachableAsync(CancellationToken ct);

    /// <summary>Begins a write transaction holding the locks of <paramref name="lockKeys"/>.</summary>
    Task<StoreTransaction> BeginAsync(IEnumerable<string> lockKeys, CancellationToken ct);

    /// <summary>Opens a connection for reads outside any turn.</summary>
    Task<DbConnection> OpenAsync(CancellationToken ct);
}
