using Dapper;

namespace Corpus.Storage.Quotes;

/// <summary>One quote of a speaker: its canonical (fullest) wording.</summary>
public sealed record QuoteState(string Id, string SpeakerId, string Text);

/// <summary>A statement already grouped into one of the speaker's quotes.</summary>
public sealed record QuoteMember(string StatementId, string QuoteId, string Text);

public static class QuoteRows
{
    /// <summary>
    /// The speaker's statements that belong to one of their quotes, with the quote they belong to: all of them, or
    /// those of <paramref name="quoteIds"/> only.
    /// </summary>
    public static async Task<List<QuoteMember>> LoadMembersAsync(StoreTransaction tx, string speakerId, IReadOnlyCollection<string>? quoteIds, CancellationToken ct)
    {
        if (quoteIds is { Count: 0 })
        {
            return [];
        }
        var only = quoteIds is null ? "" : $"AND {tx.Dialect.InList("q.id", "@quoteIds")}";
        return (await tx.Connection.QueryAsync<(string StatementId, string QuoteId, string Text)>(new CommandDefinition(
            $"SELECT st.id, st.quote_id, st.text FROM statements st JOIN quotes q ON q.id = st.quote_id WHERE q.speaker_id = @speakerId AND st.speaker_id = @speakerId {only} ORDER BY st.id",
            new { speakerId, quoteIds = quoteIds?.ToList() },
            tx.Transaction,
            cancellationToken: ct))).Select(r => new QuoteMember(r.StatementId, r.QuoteId, r.Text)).ToList();
    }

    /// <summary>The speaker's quotes with a wording under any of these band keys.</summary>
    public static async Task<List<string>> WithBandsAsync(StoreTransaction tx, string speakerId, IReadOnlyCollection<long> bands, CancellationToken ct) =>
        bands.Count == 0
            ? []
            : (await tx.Connection.QueryAsync<string>(new CommandDefinition(
                $"SELECT DISTINCT quote_id FROM quote_bands WHERE speaker_id = @speakerId AND band IN ({string.Join(", ", bands.Select(Literal))})",
                SpeakerParameter(speakerId),
                tx.Transaction,
                flags: CommandFlags.Buffered | CommandFlags.NoCache,
                cancellationToken: ct))).ToList();

    /// <summary>
    /// Band keys go into the statement as number literals: a wording has 64 of them, and binding them one parameter
    /// each cost more than the rest of the quote turn on SQLite. Such statements are never repeated, so Dapper is told
    /// not to cache them.
    /// </summary>
    public static async Task AddBandsAsync(StoreTransaction tx, string speakerId, IReadOnlyList<(long Band, string QuoteId)> bands, CancellationToken ct)
    {
        foreach (var chunk in bands.Distinct().Chunk(2_000))
        {
            var quotes = chunk.Select(b => b.QuoteId).Distinct(StringComparer.Ordinal).ToList();
            var parameters = SpeakerParameter(speakerId);
            for (var i = 0; i < quotes.Count; i++)
            {
                parameters.Add(FormattableString.Invariant($"q{i}"), quotes[i]);
            }
            var rows = chunk.Select(b => FormattableString.Invariant($"(@speakerId, {Literal(b.Band)}, @q{quotes.IndexOf(b.QuoteId)})"));
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO quote_bands (speaker_id, band, quote_id) VALUES {string.Join(", ", rows)} ON CONFLICT DO NOTHING",
                parameters,
                tx.Transaction,
                flags: CommandFlags.NoCache,
                cancellationToken: ct));
        }
    }

    /// <summary>
    /// Parameters added one by one: an anonymous object would make Dapper emit a reader method for every uncached
    /// statement, and those methods' finalizers cost more than the statements.
    /// </summary>
    private static DynamicParameters SpeakerParameter(string speakerId)
    {
        var parameters = new DynamicParameters();
        parameters.Add("speakerId", speakerId);
        return parameters;
    }

    // "-9223372036854775808" would be read as minus a number too large for a 64-bit integer.
    private static string Literal(long band) =>
        band == long.MinValue ? "(-9223372036854775807 - 1)" : band.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether the speaker has quotes grouped before their bands were kept (see migration 0007).</summary>
    public static async Task<bool> HasUnbandedAsync(StoreTransaction tx, string speakerId, CancellationToken ct) =>
        await tx.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT 1 FROM quotes WHERE speaker_id = @speakerId AND banded = 0 LIMIT 1", new { speakerId }, tx.Transaction, cancellationToken: ct)) is not null;

    public static Task MarkBandedAsync(StoreTransaction tx, string speakerId, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE quotes SET banded = 1 WHERE speaker_id = @speakerId AND banded = 0", new { speakerId }, tx.Transaction, cancellationToken: ct));

    public static Task UpsertAsync(StoreTransaction tx, QuoteState q, long nowMs, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO quotes (id, speaker_id, text, created_at, banded) VALUES (@Id, @SpeakerId, @Text, @nowMs, 1) ON CONFLICT (id) DO UPDATE SET text = excluded.text",
            new { q.Id, q.SpeakerId, q.Text, nowMs },
            tx.Transaction,
            cancellationToken: ct));
}
