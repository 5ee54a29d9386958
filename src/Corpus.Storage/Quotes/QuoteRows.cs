using Dapper;

namespace Corpus.Storage.Quotes;

/// <summary>One quote of a speaker: its canonical (fullest) wording.</summary>
public sealed record QuoteState(string Id, string SpeakerId, string Text);

/// <summary>A wording already grouped into one of the speaker's quotes (once however many statements share it).</summary>
public sealed record QuoteMember(string QuoteId, string Text);

public static class QuoteRows
{
    /// <summary>
    /// The distinct wordings of these quotes, read through the quote index alone (a quote id is of one speaker, and
    /// narrowing by speaker too made the server walk all the speaker's statements). A line that a hundred outlets
    /// printed alike is one wording, not a hundred.
    /// </summary>
    public static async Task<List<QuoteMember>> LoadMembersAsync(StoreTransaction tx, IReadOnlyCollection<string> quoteIds, CancellationToken ct) =>
        quoteIds.Count == 0
            ? []
            : await MembersWhereAsync(tx, tx.Dialect.InList("quote_id", "@quoteIds"), new { quoteIds = quoteIds.ToList() }, ct);

    /// <summary>The distinct wordings of all the speaker's quotes.</summary>
    public static Task<List<QuoteMember>> LoadSpeakerMembersAsync(StoreTransaction tx, string speakerId, CancellationToken ct) =>
        MembersWhereAsync(tx, "speaker_id = @speakerId AND quote_id IS NOT NULL", new { speakerId }, ct);

    private static async Task<List<QuoteMember>> MembersWhereAsync(StoreTransaction tx, string condition, object parameters, CancellationToken ct) =>
        (await tx.Connection.QueryAsync<(string QuoteId, string Text)>(new CommandDefinition(
            $"SELECT quote_id, text FROM statements WHERE {condition} GROUP BY quote_id, text ORDER BY MIN(id)",
            parameters,
            tx.Transaction,
            cancellationToken: ct))).Select(r => new QuoteMember(r.QuoteId, r.Text)).ToList();

    /// <summary>
    /// Each speaker's quotes with a wording under any of that speaker's sketch keys, in one round trip: one index
    /// lookup per speaker, joined with <c>UNION</c>.
    /// </summary>
    public static async Task<List<(string SpeakerId, string QuoteId)>> WithSketchKeysAsync(
        StoreTransaction tx, IReadOnlyList<(string SpeakerId, IReadOnlyCollection<long> Keys)> lookups, CancellationToken ct)
    {
        var found = new List<(string SpeakerId, string QuoteId)>();
        // SQLite takes at most 500 terms in one compound SELECT.
        foreach (var chunk in lookups.Where(l => l.Keys.Count > 0).Chunk(MaxLookupsPerStatement))
        {
            var values = new SqlValues();
            var parts = chunk.Select(l =>
                $"SELECT DISTINCT speaker_id, quote_id FROM quote_sketch_keys WHERE speaker_id = {values.Of(l.SpeakerId)} AND sketch_key IN ({string.Join(", ", l.Keys.Select(k => values.Of(k)))})");
            found.AddRange(await tx.Connection.QueryAsync<(string, string)>(values.Command(tx, string.Join("\nUNION\n", parts), ct)));
        }
        return found;
    }

    private const int MaxLookupsPerStatement = 200;

    public static Task AddSketchKeysAsync(StoreTransaction tx, IReadOnlyList<(string SpeakerId, long Key, string QuoteId)> keys, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx, "quote_sketch_keys (speaker_id, sketch_key, quote_id)", keys.Distinct().ToList(), k => [k.SpeakerId, k.Key, k.QuoteId], "ON CONFLICT DO NOTHING", ct);

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
