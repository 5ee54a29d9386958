using Dapper;

namespace Corpus.Storage.Quotes;

/// <summary>One quote of a speaker: its canonical (fullest) wording.</summary>
public sealed record QuoteState(string Id, string SpeakerId, string Text);

/// <summary>A statement already grouped into one of the speaker's quotes.</summary>
public sealed record QuoteMember(string StatementId, string QuoteId, string Text);

public static class QuoteRows
{
    public static async Task<List<QuoteState>> LoadBySpeakerAsync(StoreTransaction tx, string speakerId, CancellationToken ct) =>
        (await tx.Connection.QueryAsync<(string Id, string SpeakerId, string Text)>(new CommandDefinition(
            "SELECT id, speaker_id, text FROM quotes WHERE speaker_id = @speakerId ORDER BY created_at, id",
            new { speakerId },
            tx.Transaction,
            cancellationToken: ct))).Select(r => new QuoteState(r.Id, r.SpeakerId, r.Text)).ToList();

    /// <summary>The speaker's statements that belong to one of their quotes, with the quote they belong to.</summary>
    public static async Task<List<QuoteMember>> LoadMembersAsync(StoreTransaction tx, string speakerId, CancellationToken ct) =>
        (await tx.Connection.QueryAsync<(string StatementId, string QuoteId, string Text)>(new CommandDefinition(
            "SELECT st.id, st.quote_id, st.text FROM statements st JOIN quotes q ON q.id = st.quote_id WHERE q.speaker_id = @speakerId AND st.speaker_id = @speakerId ORDER BY st.id",
            new { speakerId },
            tx.Transaction,
            cancellationToken: ct))).Select(r => new QuoteMember(r.StatementId, r.QuoteId, r.Text)).ToList();

    public static Task UpsertAsync(StoreTransaction tx, QuoteState q, long nowMs, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO quotes (id, speaker_id, text, created_at) VALUES (@Id, @SpeakerId, @Text, @nowMs) ON CONFLICT (id) DO UPDATE SET text = excluded.text",
            new { q.Id, q.SpeakerId, q.Text, nowMs },
            tx.Transaction,
            cancellationToken: ct));
}
