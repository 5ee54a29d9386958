using Corpus.Storage.Migrations;
using Corpus.Storage.Statements;
using Dapper;

namespace Corpus.Storage.Tests;

/// <summary>
/// Tests run against each store: every test gets a new, migrated store, or is skipped with the reason when the store
/// cannot be had here (no PostgreSQL installed).
/// </summary>
public abstract class StoreTests : IAsyncLifetime
{
    private ICorpusStore? _store;

    protected ICorpusStore Store => _store ?? throw new InvalidOperationException("The store was not created.");

    /// <summary>Makes a new, empty, unmigrated store; returns null to skip (the reason goes in <see cref="SkipReason"/>).</summary>
    protected abstract ICorpusStore? CreateStore();

    protected virtual string SkipReason => string.Empty;

    public async Task InitializeAsync()
    {
        _store = CreateStore();
        if (_store is not null)
        {
            await _store.MigrateAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    /// <summary>A new store as an older version left it: migrated through <paramref name="version"/>, then given <paramref name="rows"/> as that version wrote them.</summary>
    protected async Task<ICorpusStore> StoreAtVersionAsync(long version, string? rows = null, object? parameters = null)
    {
        var old = CreateStore()!;
        await using var connection = await old.OpenAsync(CancellationToken.None);
        await Migrator.MigrateAsync(connection, old.Dialect, CancellationToken.None, throughVersion: version);
        if (rows is not null)
        {
            await connection.ExecuteAsync(rows, parameters);
        }
        return old;
    }

    /// <summary>Speaker rows with the columns every version since 0028 has, for stores left at an older version.</summary>
    protected static Task InsertSpeakersAsOlderVersionsDidAsync(StoreTransaction tx, params (string Id, string Family, string Name)[] speakers) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO speakers (id, family_key, name, kind, aliases, roles, first_arrival) VALUES (@Id, @Family, @Name, 'person', '[]', '[]', 0)",
            speakers.Select(s => new { s.Id, s.Family, s.Name }),
            tx.Transaction));

    /// <summary>Statements as versions 37 to 52 stored them: PostgreSQL's without their day (migration 0053), SQLite's as now.</summary>
    protected static async Task AddStatementsAsOlderVersionsDidAsync(StoreTransaction tx, IReadOnlyList<StatementToStore> statements)
    {
        if (tx.Dialect != SqlDialect.Postgres)
        {
            await StatementRows.AddAsync(tx, statements, CancellationToken.None);
            return;
        }
        var rules = await StatementRules.IdsAsync(tx, statements.Select(s => s.Rule), CancellationToken.None);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO statements (id, article_id, ordinal, source, text, kind, cue, start_offset, end_offset, rule_id, confidence, mentioned_name, search)
            VALUES (@Id, @ArticleId, @Ordinal, @Source, @StoredText, @Kind, @Cue, @Start, @End, @Rule, @Confidence, @MentionedName, to_tsvector('corpus_search', @Text))
            """,
            statements.Select(s => new
            {
                s.Id,
                s.ArticleId,
                s.Ordinal,
                s.Source,
                StoredText = s.InCleanText ? null : s.Text,
                Kind = StatementKinds.Code(s.Kind),
                s.Cue,
                s.Start,
                s.End,
                Rule = rules[s.Rule],
                s.Confidence,
                s.MentionedName,
                s.Text,
            }),
            tx.Transaction));
    }

    /// <summary>A content hash as an upload makes one (hex SHA-256), of any text.</summary>
    protected static string Hash(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    protected void SkipIfUnavailable() => Skip.If(_store is null, SkipReason);
}
