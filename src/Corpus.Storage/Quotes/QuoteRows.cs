using System.Data.Common;
using Corpus.Storage.Facts;
using Corpus.Storage.Statements;
using Dapper;

namespace Corpus.Storage.Quotes;

/// <summary>One quote of a speaker: its canonical (fullest) wording, and how many outlets carried it.</summary>
public sealed record QuoteState(string Id, string SpeakerId, string Text, long Outlets);

public static class QuoteRows
{
    /// <summary>Links (<c>sq</c>) of the speaker's quotes to statements no longer attributed to the speaker.</summary>
    private const string OthersInSpeakersQuotes =
        """
        sq.quote_id IN (SELECT id FROM quotes WHERE speaker_id = @speakerId)
          AND NOT EXISTS (SELECT 1 FROM statement_speakers ss WHERE ss.statement_id = sq.statement_id AND ss.speaker_id = @speakerId)
        """;

    /// <summary>The speaker's quotes as stored.</summary>
    public static async Task<Dictionary<string, QuoteState>> LoadSpeakerAsync(DbConnection connection, string speakerId, CancellationToken ct) =>
        (await connection.QueryAsync<QuoteState>(new CommandDefinition(
            "SELECT id AS Id, speaker_id AS SpeakerId, text AS Text, outlets AS Outlets FROM quotes WHERE speaker_id = @speakerId", new { speakerId }, cancellationToken: ct)))
            .ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>
    /// The speakers of one family whose stored quotes disagree with the stored attribution: a quotable statement with
    /// no quote of its own speaker, a quote holding another speaker's statement (of the family's mentions, or of those
    /// after a place), or a quote left without statements.
    /// </summary>
    public static async Task<List<string>> LoadDisagreeingSpeakersAsync(DbConnection connection, string familyKey, FactPlace? after, CancellationToken ct) =>
        [.. await connection.QueryAsync<string>(new CommandDefinition(
            $"""
            SELECT ss.speaker_id FROM mentions m JOIN statements st ON st.id = m.statement_id
            JOIN statement_speakers ss ON ss.statement_id = st.id
            LEFT JOIN statement_quotes sq ON sq.statement_id = st.id LEFT JOIN quotes q ON q.id = sq.quote_id
            WHERE m.family_key = @familyKey{MentionRows.After(after, "m.")} AND st.kind IN ({StatementKinds.Quotable}) AND (q.id IS NULL OR q.speaker_id <> ss.speaker_id)
            UNION
            SELECT q.speaker_id FROM mentions m JOIN statement_quotes sq ON sq.statement_id = m.statement_id JOIN quotes q ON q.id = sq.quote_id
            LEFT JOIN statement_speakers ss ON ss.statement_id = sq.statement_id
            WHERE m.family_key = @familyKey{MentionRows.After(after, "m.")} AND (ss.speaker_id IS NULL OR q.speaker_id <> ss.speaker_id)
            UNION
            SELECT q.speaker_id FROM speakers s JOIN quotes q ON q.speaker_id = s.id
            WHERE s.family_key = @familyKey AND NOT EXISTS (SELECT 1 FROM statement_quotes sq WHERE sq.quote_id = q.id)
            """,
            new { familyKey, afterArrival = after?.Arrival, afterOrdinal = after?.Ordinal },
            cancellationToken: ct))];

    /// <summary>Stores the quotes' canonical wordings and outlet counts, in the order given (callers keep id order, as for every row lock).</summary>
    public static Task UpsertAsync(StoreTransaction tx, IReadOnlyList<QuoteState> quotes, long nowMs, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx,
            "quotes (id, speaker_id, text, outlets, created_at)",
            quotes,
            q => [q.Id, q.SpeakerId, q.Text, q.Outlets, nowMs],
            "ON CONFLICT (id) DO UPDATE SET text = excluded.text, outlets = excluded.outlets",
            ct);

    /// <summary>Whether the speaker's quotes hold statements now attributed to someone else or to no one.</summary>
    public static async Task<bool> HoldOthersStatementsAsync(DbConnection connection, string speakerId, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            $"SELECT EXISTS (SELECT 1 FROM statement_quotes sq WHERE {OthersInSpeakersQuotes})", new { speakerId }, cancellationToken: ct));

    /// <summary>
    /// Takes those statements out of the speaker's quotes. Only while they are still there: the grain of the speaker they
    /// now belong to may already have put them into one of its own quotes.
    /// </summary>
    public static Task ReleaseOthersStatementsAsync(StoreTransaction tx, string speakerId, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM statement_quotes WHERE statement_id IN (SELECT sq.statement_id FROM statement_quotes sq WHERE {OthersInSpeakersQuotes})",
            new { speakerId },
            tx.Transaction,
            cancellationToken: ct));

    /// <summary>Deletes the speaker's quotes that are no longer among <paramref name="keep"/>.</summary>
    public static Task DeleteOthersAsync(StoreTransaction tx, string speakerId, IReadOnlyCollection<string> keep, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM quotes WHERE speaker_id = @speakerId AND NOT ({tx.Dialect.InList("id", "@keep")})",
            new { speakerId, keep = tx.Dialect.List(keep) },
            tx.Transaction,
            cancellationToken: ct));
}
