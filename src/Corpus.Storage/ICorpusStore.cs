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

    /// <summary>Begins a durable write transaction holding the locks of <paramref name="lockKeys"/>.</summary>
    Task<StoreTransaction> BeginAsync(IEnumerable<string> lockKeys, CancellationToken ct) => BeginAsync(lockKeys, Durability.Durable, ct);

    /// <summary>Begins a write transaction holding the locks of <paramref name="lockKeys"/>.</summary>
    Task<StoreTransaction> BeginAsync(IEnumerable<string> lockKeys, Durability durability, CancellationToken ct);

    /// <summary>Opens a connection for reads outside any turn.</summary>
    Task<DbConnection> OpenAsync(CancellationToken ct);
}

/// <summary>What a commit promises if the machine loses power right after it.</summary>
public enum Durability
{
    /// <summary>The commit survives: an upload answered 202 must never be lost.</summary>
    Durable,

    /// <summary>
    /// The commit may be lost, with everything after it, but never in part: for a grain turn, which completes its own
    /// queue items in the same transaction, so a lost turn is simply run again. Saves a disk flush per turn.
    /// </summary>
    Redoable,
}
