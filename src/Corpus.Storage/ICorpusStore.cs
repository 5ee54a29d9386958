using System.Data.Common;

namespace Corpus.Storage;

/// <summary>The one place durable state lives: uploaded articles, the facts they yield, and the views grains derive from them.</summary>
public interface ICorpusStore : IAsyncDisposable
{
    SqlDialect Dialect { get; }

    Task MigrateAsync(CancellationToken ct);

    Task<bool> IsReachableAsync(CancellationToken ct);

    /// <summary>Begins a durable write transaction.</summary>
    Task<StoreTransaction> BeginAsync(CancellationToken ct) => BeginAsync(Durability.Durable, ct);

    Task<StoreTransaction> BeginAsync(Durability durability, CancellationToken ct);

    /// <summary>Opens a connection that one writer keeps for many transactions (<see cref="StoreWriter"/>).</summary>
    Task<DbConnection> OpenWriterAsync(CancellationToken ct);

    /// <summary>Begins a write transaction on a writer's own connection, which stays open after it.</summary>
    Task<StoreTransaction> BeginAsync(DbConnection writer, Durability durability, CancellationToken ct);

    /// <summary>Opens a connection for reads.</summary>
    Task<DbConnection> OpenAsync(CancellationToken ct);
}

/// <summary>What a commit promises if the machine loses power right after it.</summary>
public enum Durability
{
    /// <summary>The commit survives: an upload answered 202 must never be lost.</summary>
    Durable,

    /// <summary>
    /// The commit may be lost on power loss, with everything after it, but never in part and never before an earlier
    /// commit: for what grains write, which an article's later "processed" commit vouches for. Saves a disk flush where
    /// the store can only lose it together with the memory of the silo that wrote it (the embedded store).
    /// </summary>
    Redoable,
}
