using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Quotes;

/// <summary>One quote of a speaker: its canonical (fullest) wording.</summary>
public sealed record QuoteState(string Id, string SpeakerId, string Text);

public static class QuoteRows
{
    /// <summary>The speaker's quotes as stored, and the quote of each of the speaker's statements.</summary>
    public static async Task<(Dictionary<string, string> Quotes, Dictionary<string, string?> QuoteOf)> LoadSpeakerAsync(DbConnection connection, string speakerId, CancellationToken ct)
    {
        var quotes = (await connection.QueryAsync<(string Id, string Text)>(new CommandDefinition(
            "SELECT id, text FROM quotes WHERE speaker_id = @speakerId", new { speakerId }, cancellationToken: ct)))
            .ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);
        var quoteOf = (await connection.QueryAsync<(string Id, string? QuoteId)>(new CommandDefinition(
            "SELECT id, quote_id FROM statements WHERE speaker_id = @speakerId AND kind IN ('direct', 'partial')", new { speakerId }, cancellationToken: ct)))
            .ToDictionary(r => r.Id, r => r.QuoteId, StringComparer.Ordinal);
        return (quotes, quoteOf);
    }

    /// <summary>
    /// The speakers of one family whose stored quotes disagree with the stored attribution: a quotable statement with
    /// no quote of its own speaker, a quote holding another speaker's statement, or a quote left without statements.
    /// </summary>
    public static async Task<List<string>> LoadDisagreeingSpeakersAsync(DbConnection connection, string familyKey, CancellationToken ct) =>
        [.. await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT st.speaker_id FROM mentions m JOIN statements st ON st.id = m.statement_id LEFT JOIN quotes q ON q.id = st.quote_id
            WHERE m.family_key = @familyKey AND st.speaker_id IS NOT NULL AND st.kind IN ('direct', 'partial')
              AND (q.id IS NULL OR q.speaker_id <> st.speaker_id)
            UNION
            SELECT q.speaker_id FROM mentions m JOIN statements st ON st.id = m.statement_id JOIN quotes q ON q.id = st.quote_id
            WHERE m.family_key = @familyKey AND (st.speaker_id IS NULL OR q.speaker_id <> st.speaker_id)
            UNION
            SELECT q.speaker_id FROM speakers s JOIN quotes q ON q.speaker_id = s.id
            WHERE s.family_key = @familyKey AND NOT EXISTS (SELECT 1 FROM statements st WHERE st.quote_id = q.id)
            """,
            new { familyKey },
            cancellationToken: ct))];

    /// <summary>Stores the quotes' canonical wordings, in the order given (callers keep id order, as for every row lock).</summary>
    public static Task UpsertAsync(StoreTransaction tx, IReadOnlyList<QuoteState> quotes, long nowMs, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx,
            "quotes (id, speaker_id, text, created_at)",
            quotes,
            q => [q.Id, q.SpeakerId, q.Text, nowMs],
            "ON CONFLICT (id) DO UPDATE SET text = excluded.text",
            ct);

    /// <summary>Counts again the outlets of the speaker's quotes among <paramref name="quoteIds"/>, after their statements changed.</summary>
    public static Task CountOutletsAsync(StoreTransaction tx, string speakerId, IReadOnlyCollection<string> quoteIds, CancellationToken ct) =>
        quoteIds.Count == 0
            ? Task.CompletedTask
            : tx.Connection.ExecuteAsync(new CommandDefinition(
                $"""
                UPDATE quotes SET outlets = (
                    SELECT COUNT(DISTINCT {Outlet.OfArticle}) FROM statements st JOIN articles a ON a.id = st.article_id
                    WHERE st.quote_id = quotes.id)
                WHERE speaker_id = @speakerId AND {tx.Dialect.InList("id", "@quoteIds")}
                """,
                new { speakerId, quoteIds = quoteIds.Order(StringComparer.Ordinal).ToList() },
                tx.Transaction,
                cancellationToken: ct));

    /// <summary>Deletes the speaker's quotes that are no longer among <paramref name="keep"/>.</summary>
    public static Task DeleteOthersAsync(StoreTransaction tx, string speakerId, IReadOnlyCollection<string> keep, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM quotes WHERE speaker_id = @speakerId AND NOT ({tx.Dialect.InList("id", "@keep")})",
            new { speakerId, keep = keep.ToList() },
            tx.Transaction,
            cancellationToken: ct));
}
