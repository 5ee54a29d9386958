using Dapper;

namespace Corpus.Storage.Statements;

/// <summary>What a settled statement is linked to, each by one kind of grain, in a table of its own; quotes by <see cref="StatementLinks.SetQuotesAsync"/>.</summary>
public enum StatementLink
{
    /// <summary>Who said it, decided by the speaker's family grain.</summary>
    Speaker,

    /// <summary>The meeting it is about, decided by the meeting grain.</summary>
    Meeting,
}

public static class StatementLinks
{
    /// <summary>
    /// Links statements to what <paramref name="link"/> names (null: to nothing), row after row in statement id order so
    /// that concurrent writers of one link take their row locks in one order. A statement deleted meanwhile (its words
    /// left the clean text) gets no link: the statement row is read and kept until the transaction ends.
    /// </summary>
    public static Task SetAsync(StoreTransaction tx, StatementLink link, IEnumerable<(string StatementId, string? Target)> values, CancellationToken ct)
    {
        var (table, column) = link switch
        {
            StatementLink.Speaker => ("statement_speakers", "speaker_id"),
            StatementLink.Meeting => ("statement_meetings", "meeting_id"),
            _ => throw new ArgumentOutOfRangeException(nameof(link), link, null),
        };
        // A speaker link keeps its statement's day, which orders a speaker's statements (migration 0046).
        var day = link == StatementLink.Speaker
            ? new Kept("day", tx.Dialect.StatementDay("st"))
            : null;
        return WriteAsync(tx, table, column, day, values.Select(v => (v.StatementId, v.Target, (object?)null)), ct);
    }

    /// <summary>
    /// Links statements to their speaker's quotes (null: to none) as <see cref="SetAsync"/> links them, each with the
    /// <see cref="StatementTexts.WordingHash"/> of its text (migration 0047).
    /// </summary>
    public static Task SetQuotesAsync(StoreTransaction tx, IEnumerable<(string StatementId, string? QuoteId, long Wording)> values, CancellationToken ct) =>
        WriteAsync(tx, "statement_quotes", "quote_id", new Kept("wording", "{2}"), values.Select(v => (v.StatementId, v.QuoteId, (object?)v.Wording)), ct);

    /// <summary>A column a link keeps beside its target, and the SQL of its value (<c>{2}</c> for the value given with the link).</summary>
    private sealed record Kept(string Column, string Value);

    private static async Task WriteAsync(
        StoreTransaction tx, string table, string column, Kept? kept, IEnumerable<(string StatementId, string? Target, object? Kept)> values, CancellationToken ct)
    {
        var ordered = values.OrderBy(v => v.StatementId, StringComparer.Ordinal).ToList();
        var unlinked = ordered.Where(v => v.Target is null).Select(v => v.StatementId).ToList();
        if (unlinked.Count > 0)
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM {table} WHERE {tx.Dialect.InList("statement_id", "@unlinked")}", new { unlinked = tx.Dialect.List(unlinked) }, tx.Transaction, cancellationToken: ct));
        }
        var (keptColumn, keptValue, keptUpdate) = kept is null
            ? (string.Empty, string.Empty, string.Empty)
            : ($", {kept.Column}", $", {kept.Value}", $", {kept.Column} = excluded.{kept.Column}");
        await RowByRow.ExecuteAsync(
            tx,
            $"INSERT INTO {table} (statement_id, {column}{keptColumn}) SELECT st.id, {{1}}{keptValue} FROM statements st WHERE st.id = {{0}}{tx.Dialect.KeepRowsRead} " +
            $"ON CONFLICT (statement_id) DO UPDATE SET {column} = excluded.{column}{keptUpdate}",
            [.. ordered.Where(v => v.Target is not null)],
            v => v.Kept is null ? [v.StatementId, v.Target] : [v.StatementId, v.Target, v.Kept],
            ct);
    }
}
