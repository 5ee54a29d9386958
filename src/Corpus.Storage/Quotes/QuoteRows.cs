using Dapper;

namespace Corpus.Storage.Quotes;

/// <summary>One quote of a speaker: its canonical (fullest) wording.</summary>
public sealed record QuoteState(string Id, string SpeakerId, string Text);

/// <summary>A statement already grouped into one of the speaker's quotes.</summary>
public sealed record QuoteMember(string StatementId, string QuoteId, string Text);

public static class QuoteRows
{
    /// <summary>
    /// The statements grouped into the speaker's quotes, with the quote each belongs to: of all the speaker's quotes, or
    /// of <paramref name="quoteIds"/> only (read through the quote index alone: a quote id is of one speaker, and
    /// narrowing by speaker too made the server walk all the speaker's statements).
    /// </summary>
    public static async Task<List<QuoteMember>> LoadMembersAsync(StoreTransaction tx, string speakerId, IReadOnlyCollection<string>? quoteIds, CancellationToken ct)
    {
        if (quoteIds is { Count: 0 })
        {
            return [];
        }
        var which = quoteIds is null ? "speaker_id = @speakerId AND quote_id IS NOT NULL" : tx.Dialect.InList("quote_id", "@quoteIds");
        return (await tx.Connection.QueryAsync<(string StatementId, string QuoteId, string Text)>(new CommandDefinition(
            $"SELECT id, quote_id, text FROM statements WHERE {which} ORDER BY id",
            new { speakerId, quoteIds = quoteIds?.ToList() },
            tx.Transaction,
            cancellationToken: ct))).Select(r => new QuoteMember(r.StatementId, r.QuoteId, r.Text)).ToList();
    }

    /// <summary>The speaker's quotes with a wording under any of these sketch keys.</summary>
    public static async Task<List<string>> WithSketchKeysAsync(StoreTransaction tx, string speakerId, IReadOnlyCollection<long> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var values = new SqlValues();
        var sql = $"SELECT DISTINCT quote_id FROM quote_sketch_keys WHERE speaker_id = {values.Of(speakerId)} AND sketch_key IN ({string.Join(", ", keys.Select(k => values.Of(k)))})";
        return [.. await tx.Connection.QueryAsync<string>(values.Command(tx, sql, ct))];
    }

    public static Task AddSketchKeysAsync(StoreTransaction tx, string speakerId, IReadOnlyList<(long Key, string QuoteId)> keys, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx, "quote_sketch_keys (speaker_id, sketch_key, quote_id)", keys.Distinct().ToList(), k => [speakerId, k.Key, k.QuoteId], "ON CONFLICT DO NOTHING", ct);

    /// <summary>Those of the speakers with quotes whose sketch keys are not stored (see migration 0011).</summary>
    public static async Task<HashSet<string>> UnkeyedAsync(StoreTransaction tx, IReadOnlyCollection<string> speakerIds, CancellationToken ct) =>
        [.. await tx.Connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT DISTINCT speaker_id FROM quotes WHERE {tx.Dialect.InList("speaker_id", "@speakerIds")} AND keyed = 0",
            new { speakerIds = speakerIds.ToList() },
            tx.Transaction,
            cancellationToken: ct))];

    public static Task MarkKeyedAsync(StoreTransaction tx, string speakerId, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE quotes SET keyed = 1 WHERE speaker_id = @speakerId AND keyed = 0", new { speakerId }, tx.Transaction, cancellationToken: ct));

    /// <summary>Stores the quotes' canonical wordings, in the order given (callers keep id order, as for every row lock).</summary>
    public static Task UpsertAsync(StoreTransaction tx, IReadOnlyList<QuoteState> quotes, long nowMs, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx,
            "quotes (id, speaker_id, text, created_at, keyed)",
            quotes,
            q => [q.Id, q.SpeakerId, q.Text, nowMs, 1L],
            "ON CONFLICT (id) DO UPDATE SET text = excluded.text",
            ct);
}
