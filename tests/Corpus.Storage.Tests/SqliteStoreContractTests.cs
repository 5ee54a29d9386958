using Corpus.Storage.Sqlite;

namespace Corpus.Storage.Tests;

public sealed class SqliteStoreContractTests : StoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corpus-store-").FullName;

    protected override ICorpusStore CreateStore() => new SqliteStore(Path.Combine(_folder, $"corpus-{Guid.NewGuid():N}.db"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
