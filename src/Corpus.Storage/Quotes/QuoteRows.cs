using Dapper;

namespace Corpus.Storage.Quotes;

/// <summary>One quote of a speaker: its canonical (fullest) wording.</summary>
public sealed record QuoteState(string Id, string SpeakerId, string Text);

public static class QuoteRows
{
    public static async Task<List<QuoteState>> LoadBySpeakerAsync(StoreTransaction tx, string speakerId, CancellationToken ct) =>
        (await tx.Connection.QueryAsync<(string Id, string SpeakerId, string Text)>(new CommandDefinition(
            "SELECT id, speaker_id, text FROM quotes WHERE speaker_id = @speakerId ORDER BY created_at, id",
            new { speakerId },
            tx.Transaction,
            cancellationToken: ct))).Select(r => new QuoteState(r.Id, r.SpeakerId, r.Text)).ToList();

    public static Task UpsertAsync(StoreTransaction tx, QuoteState q, long nowMs, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO quotes (id, speaker_id, text, created_at) VALUES (@Id, @SpeakerId, @Text, @nowMs) ON CONFLICT (id) DO UPDATE SET text = excluded.text",
            new { q.Id, q.SpeakerId, q.Text, nowMs },
            tx.Transaction,
            cancellationToken: ct));
}
