using Corpus.Storage.Postgres;
using Corpus.TestSupport;

namespace Corpus.Storage.Tests.Dedup;

public sealed class PostgresArticleDedupTests(PostgresServerFixture fixture) : ArticleDedupContract, IClassFixture<PostgresServerFixture>
{
    protected override string SkipReason => ThrowawayPostgres.MissingMessage;

    protected override ICorpusStore? CreateStore() =>
        fixture.Server is { } server ? new PostgresStore(server.CreateDatabase()) : null;
}
