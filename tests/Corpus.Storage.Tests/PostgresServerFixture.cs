using Corpus.TestSupport;

namespace Corpus.Storage.Tests;

/// <summary>One throwaway PostgreSQL for the whole PostgreSQL run of the contract; each test gets its own database.</summary>
public sealed class PostgresServerFixture : IDisposable
{
    public ThrowawayPostgres? Server { get; } = ThrowawayPostgres.TryStart();

    public void Dispose() => Server?.Dispose();
}
