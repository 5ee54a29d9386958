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

    /// <summary>Stores the quotes' canonical wordings, in the order given (callers keep id order, as for every row lock).</summary>
    public static Task UpsertAsync(StoreTransaction tx, IReadOnlyList<QuoteState> quotes, long nowMs, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx,
            "quotes (id, speaker_id, text, created_at)",
            quotes,
            q => [q.Id, q.SpeakerId, q.Text, nowMs],
            "ON CONFLICT (id) DO UPDATE SET text = excluded.text",
            ct);

    /// <summary>Deletes the speaker's quotes that are no longer among <paramref name="keep"/>.</summary>
    public static Task DeleteOthersAsync(StoreTransaction tx, string speakerId, IReadOnlyCollection<string> keep, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM quotes WHERE speaker_id = @speakerId AND NOT ({tx.Dialect.InList("id", "@keep")})",
            new { speakerId, keep = keep.ToList() },
            tx.Transaction,
            cancellationToken: ct));
}
