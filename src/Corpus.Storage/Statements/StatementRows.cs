using Dapper;

namespace Corpus.Storage.Statements;

/// <summary>A statement as the article grain stores it; its speaker, meeting and quote are filled by later turns.</summary>
public sealed record StatementToStore(
    string Id,
    string ArticleId,
    long Ordinal,
    string? Source,
    string Text,
    string Kind,
    string Cue,
    long Start,
    long End,
    string Rule,
    double Confidence,
    string? Mention);

/// <summary>What the speaker, meeting and quote grains read of a statement.</summary>
public sealed class StoredStatement
{
    public string Id { get; set; } = string.Empty;

    public string ArticleId { get; set; } = string.Empty;

    public string? Source { get; set; }

    public string Text { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string? SpeakerId { get; set; }

    public string? QuoteId { get; set; }
}

/// <summary>Where a statement lies in its article's clean text.</summary>
public sealed record StatementSpan(string Id, long Start, long End);

public static class StatementRows
{
    /// <summary>Stores an article's statements; only the turn that settles the article writes them, once.</summary>
    public static Task AddAsync(StoreTransaction tx, IReadOnlyList<StatementToStore> statements, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx,
            "statements (id, article_id, ordinal, source, text, kind, cue, start_offset, end_offset, rule, confidence, mention)",
            statements,
            s => [s.Id, s.ArticleId, s.Ordinal, s.Source, s.Text, s.Kind, s.Cue, s.Start, s.End, s.Rule, s.Confidence, s.Mention],
            ct);

    public static async Task<IReadOnlyList<StoredStatement>> LoadAsync(StoreTransaction tx, IEnumerable<string> ids, CancellationToken ct) =>
        (await tx.Connection.QueryAsync<StoredStatement>(new CommandDefinition(
            $"SELECT id AS Id, article_id AS ArticleId, source AS Source, text AS Text, kind AS Kind, speaker_id AS SpeakerId, quote_id AS QuoteId FROM statements WHERE {tx.Dialect.InList("id", "@ids")} ORDER BY id",
            new { ids = ids.ToList() },
            tx.Transaction,
            cancellationToken: ct))).ToList();

    /// <summary>Where each statement of these articles lies in its article's clean text, per article.</summary>
    public static async Task<ILookup<string, StatementSpan>> LoadSpansAsync(StoreTransaction tx, IReadOnlyCollection<string> articleIds, CancellationToken ct) =>
        (await tx.Connection.QueryAsync<(string ArticleId, string Id, long Start, long End)>(new CommandDefinition(
            $"SELECT article_id, id, start_offset, end_offset FROM statements WHERE {tx.Dialect.InList("article_id", "@articleIds")} ORDER BY article_id, ordinal",
            new { articleIds = articleIds.ToList() },
            tx.Transaction,
            cancellationToken: ct))).ToLookup(r => r.ArticleId, r => new StatementSpan(r.Id, r.Start, r.End), StringComparer.Ordinal);

    /// <summary>Moves statements to new spans after their article's clean text changed, and deletes the ones whose words left it.</summary>
    public static async Task MoveAsync(StoreTransaction tx, IReadOnlyList<StatementSpan> moved, IReadOnlyList<string> deleted, CancellationToken ct)
    {
        if (moved.Count > 0)
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
                $"DELETE FROM statements WHERE {tx.Dialect.InList("id", "@deleted")}", new { deleted = deleted.ToList() }, tx.Transaction, cancellationToken: ct));
        }
    }

    /// <summary>
    /// Sets one column of many statements, one row after another in id order, as <see cref="MoveAsync"/> does: turns
    /// of different grains update the same statements (a quote turn their quote, an article turn their offsets), and
    /// taking the row locks in one order keeps them from deadlocking.
    /// </summary>
    public static Task SetAsync(StoreTransaction tx, string column, IEnumerable<(string StatementId, string? Value)> values, CancellationToken ct)
    {
        if (column is not ("speaker_id" or "meeting_id" or "quote_id"))
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "Only a statement's speaker, meeting or quote is set after its article's turn.");
        }
        return RowByRow.ExecuteAsync(
            tx,
            $"UPDATE statements SET {column} = {{0}} WHERE id = {{1}}",
            [.. values.OrderBy(v => v.StatementId, StringComparer.Ordinal)],
            v => [v.Value, v.StatementId],
            ct);
    }
}
