using System.Data.Common;
using Corpus.Storage.Search;
using Corpus.Text.Statements;
using Dapper;

namespace Corpus.Storage.Statements;

/// <summary>A statement as the intake stores it; grains link it to its speaker, quote and meeting later (<see cref="StatementLinks"/>).</summary>
/// <param name="InCleanText">Whether its article's clean text holds <paramref name="Text"/> from <paramref name="Start"/> to <paramref name="End"/>, which then is not stored again (<see cref="StatementTexts"/>).</param>
public sealed record StatementToStore(
    string Id,
    string ArticleId,
    long Ordinal,
    string? Source,
    string Text,
    StatementKind Kind,
    string Cue,
    long Start,
    long End,
    string Rule,
    double Confidence,
    string? MentionedName,
    bool InCleanText = false);

/// <summary>A direct or partial statement as a quote grain reads it, with its place in upload order.</summary>
/// <param name="Outlet">Its article's outlet (<see cref="Storage.Outlet"/>), for counting the outlets that carried a quote.</param>
public sealed record QuotedStatement(string Id, long Arrival, long Ordinal, string Text, string Outlet);

/// <summary>A direct or partial statement of a speaker as its quote link stores it: the quote and the hash of the wording (null: not linked).</summary>
public sealed record QuotedLink(string StatementId, long Arrival, long Ordinal, string Outlet, string? QuoteId, long? Wording);

/// <summary>Where a statement lies in its article's clean text.</summary>
public sealed record StatementSpan(string Id, long Start, long End);

/// <summary>A statement's text, to store where its article's clean text no longer holds it.</summary>
public sealed record StatementText(string Id, string Text);

public static class StatementRows
{
    /// <summary>Stores an original article's statements, once: storing them again changes nothing.</summary>
    public static async Task AddAsync(StoreTransaction tx, IReadOnlyList<StatementToStore> statements, CancellationToken ct)
    {
        var rules = await StatementRules.IdsAsync(tx, statements.Select(s => s.Rule), ct);
        var fullText = FullText.Of(tx.Dialect);
        var searchValues = await fullText.SearchValuesAsync(tx, statements, ct);
        await MultiRowInsert.ExecuteAsync(
            tx,
            $"statements (id, article_id, ordinal, source, text, kind, cue, start_offset, end_offset, rule_id, confidence, mentioned_name{fullText.SearchColumns})",
            statements,
            s => [
                s.Id, s.ArticleId, s.Ordinal, s.Source, s.InCleanText ? null : s.Text, StatementKinds.Code(s.Kind), s.Cue, s.Start, s.End, rules[s.Rule], s.Confidence,
                s.MentionedName, .. searchValues(s)],
            "ON CONFLICT DO NOTHING",
            ct);
        await fullText.IndexAsync(tx, statements, ct);
    }

    /// <summary>The direct and partial statements attributed to one speaker, in upload order, for grouping into quotes.</summary>
    public static Task<List<QuotedStatement>> LoadQuotedAsync(DbConnection connection, string speakerId, CancellationToken ct) =>
        LoadQuotedAsync(connection, "ss.speaker_id = @speakerId", new { speakerId }, ct);

    /// <summary>These of a speaker's direct and partial statements, in upload order.</summary>
    public static Task<List<QuotedStatement>> LoadQuotedAsync(DbConnection connection, string speakerId, IReadOnlyCollection<string> statementIds, CancellationToken ct) =>
        statementIds.Count == 0
            ? Task.FromResult(new List<QuotedStatement>())
            : LoadQuotedAsync(
                connection,
                $"ss.speaker_id = @speakerId AND {SqlDialect.Of(connection).InList("ss.statement_id", "@statementIds")}",
                new { speakerId, statementIds = SqlDialect.Of(connection).List(statementIds) },
                ct);

    private static async Task<List<QuotedStatement>> LoadQuotedAsync(DbConnection connection, string condition, object parameters, CancellationToken ct)
    {
        var texts = new StatementTexts();
        return [.. (await connection.QueryAsync<(string Id, long Arrival, long Ordinal, string? Text, byte[]? CleanText, long Start, long End, string? Source, string? ClientKey, string ArticleId)>(
            new CommandDefinition(
                $"""
                SELECT st.id, a.arrival, st.ordinal, st.text, {StatementTexts.CleanTextColumn}, st.start_offset, st.end_offset, a.source, a.client_key, a.id
                FROM statement_speakers ss JOIN statements st ON st.id = ss.statement_id JOIN articles a ON a.id = st.article_id
                WHERE {condition} AND st.kind IN ({StatementKinds.Quotable})
                ORDER BY a.arrival, st.ordinal
                """,
                parameters,
                cancellationToken: ct)))
            .Select(r => new QuotedStatement(
                r.Id, r.Arrival, r.Ordinal, texts.Of(r.Text, r.ArticleId, r.CleanText, r.Start, r.End), Outlet.Of(r.Source, r.ClientKey, r.ArticleId)))];
    }

    /// <summary>
    /// The direct and partial statements attributed to one speaker, in upload order, with the quote each is stored in
    /// and the hash of its wording there, but not their texts: what restoring the speaker's quotes reads first.
    /// </summary>
    public static async Task<List<QuotedLink>> LoadQuotedLinksAsync(DbConnection connection, string speakerId, CancellationToken ct) =>
        [.. (await connection.QueryAsync<(string Id, long Arrival, long Ordinal, string? Source, string? ClientKey, string ArticleId, string? QuoteId, long? Wording)>(
            new CommandDefinition(
                $"""
                SELECT st.id, a.arrival, st.ordinal, a.source, a.client_key, a.id, sq.quote_id, sq.wording
                FROM statement_speakers ss JOIN statements st ON st.id = ss.statement_id JOIN articles a ON a.id = st.article_id
                LEFT JOIN statement_quotes sq ON sq.statement_id = st.id
                WHERE ss.speaker_id = @speakerId AND st.kind IN ({StatementKinds.Quotable})
                ORDER BY a.arrival, st.ordinal
                """,
                new { speakerId },
                cancellationToken: ct)))
            .Select(r => new QuotedLink(r.Id, r.Arrival, r.Ordinal, Outlet.Of(r.Source, r.ClientKey, r.ArticleId), r.QuoteId, r.Wording))];

    /// <summary>Where each statement of an article lies in its clean text.</summary>
    public static async Task<List<StatementSpan>> LoadSpansAsync(DbConnection connection, string articleId, CancellationToken ct) =>
        [.. await connection.QueryAsync<StatementSpan>(new CommandDefinition(
            $"""
            SELECT st.id AS Id, st.start_offset AS Start, st.end_offset AS "End" FROM articles a CROSS JOIN statements st
            WHERE a.id = @articleId AND {SqlDialect.Of(connection).StatementOfArticle("st", "a")} ORDER BY st.ordinal
            """,
            new { articleId },
            cancellationToken: ct))];

    /// <summary>
    /// Moves statements to new spans after their article's clean text changed, and deletes the ones whose words left it
    /// (with their links). <paramref name="unheld"/> are the texts of the kept statements the new clean text does not
    /// hold where they now lie: each is stored unless the statement's row holds its own.
    /// </summary>
    public static async Task MoveAsync(
        StoreTransaction tx, IReadOnlyList<StatementSpan> moved, IReadOnlyList<StatementText> unheld, IReadOnlyList<string> deleted, CancellationToken ct)
    {
        if (unheld.Count > 0)
        {
            await RowByRow.ExecuteAsync(
                tx,
                "UPDATE statements SET text = {0} WHERE id = {1} AND text IS NULL",
                [.. unheld.OrderBy(u => u.Id, StringComparer.Ordinal)],
                u => [u.Text, u.Id],
                ct);
        }
        if (moved.Count > 0 && tx.Dialect == SqlDialect.Postgres)
        {
            // One command for an article's moved statements rather than one a statement: PostgreSQL plans each command.
            foreach (var chunk in moved.OrderBy(m => m.Id, StringComparer.Ordinal).Chunk(1000))
            {
                var sqlValues = new SqlValues();
                var rows = sqlValues.Rows(chunk, m => [m.Id, m.Start, m.End]);
                await tx.Connection.ExecuteAsync(sqlValues.Command(
                    tx,
                    $"UPDATE statements st SET start_offset = v.start_offset, end_offset = v.end_offset FROM (VALUES {rows}) v(id, start_offset, end_offset) WHERE st.id = v.id",
                    ct));
            }
        }
        else if (moved.Count > 0)
        {
            await RowByRow.ExecuteAsync(
                tx,
                "UPDATE statements SET start_offset = {0}, end_offset = {1} WHERE id = {2}",
                [.. moved.OrderBy(m => m.Id, StringComparer.Ordinal)],
                m => [m.Start, m.End, m.Id],
                ct);
        }
        if (deleted.Count > 0)
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM statements WHERE {tx.Dialect.InList("id", "@deleted")}", new { deleted = tx.Dialect.List(deleted) }, tx.Transaction, cancellationToken: ct));
        }
    }
}
