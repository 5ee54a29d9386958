using Corpus.Storage.Postgres;
using Corpus.TestSupport;

namespace Corpus.Storage.Tests;

public sealed class PostgresStoreContractTests(PostgresServerFixture fixture) : StoreContract, IClassFixture<PostgresServerFixture>
{

    protected override string SkipReason => ThrowawayPostgres.MissingMessage;

    protected override ICorpusStore? CreateStore() =>
        fixture.Server is { } server ? new PostgresStore(server.CreateDatabase()) : null;
}
