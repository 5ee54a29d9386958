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
    private const int LinksPerCommand = 1000;

    /// <summary>
    /// Links statements to what <paramref name="link"/> names (null: to nothing), in statement id order so that
    /// concurrent writers of one link take their row locks in one order. A statement deleted meanwhile (its words
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
        WriteAsync(tx, "statement_quotes", "quote_id", new Kept("wording", FromStatement: null), values.Select(v => (v.StatementId, v.QuoteId, (object?)v.Wording)), ct);

    /// <summary>A column a link keeps beside its target: SQL of its value read from the statement <c>st</c>, or null for the value given with the link.</summary>
    private sealed record Kept(string Column, string? FromStatement);

    private static async Task WriteAsync(
        StoreTransaction tx, string table, string column, Kept? kept, IEnumerable<(string StatementId, string? Target, object? Kept)> values, CancellationToken ct)
    {
        // The last value given for a statement wins, as it would written one after another.
        var ordered = values.GroupBy(v => v.StatementId, StringComparer.Ordinal).Select(g => g.Last())
            .OrderBy(v => v.StatementId, StringComparer.Ordinal).ToList();
        var unlinked = ordered.Where(v => v.Target is null).Select(v => v.StatementId).ToList();
        if (unlinked.Count > 0)
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM {table} WHERE {tx.Dialect.InList("statement_id", "@unlinked")}", new { unlinked = tx.Dialect.List(unlinked) }, tx.Transaction, cancellationToken: ct));
        }
        List<(string StatementId, string? Target, object? Kept)> linked = [.. ordered.Where(v => v.Target is not null)];
        var keptColumn = kept is null ? string.Empty : $", {kept.Column}";
        var conflict = $"ON CONFLICT (statement_id) DO UPDATE SET {column} = excluded.{column}{(kept is null ? string.Empty : $", {kept.Column} = excluded.{kept.Column}")}";
        if (tx.Dialect == SqlDialect.Postgres)
        {
            await InsertManyAsync(tx, $"{table} (statement_id, {column}{keptColumn})", kept, linked, conflict, ct);
            return;
        }
        var keptValue = kept is null ? string.Empty : $", {kept.FromStatement ?? "{2}"}";
        await RowByRow.ExecuteAsync(
            tx,
            $"INSERT INTO {table} (statement_id, {column}{keptColumn}) SELECT st.id, {{1}}{keptValue} FROM statements st WHERE st.id = {{0}}{tx.Dialect.KeepRowsRead} {conflict}",
            linked,
            v => v.Kept is null ? [v.StatementId, v.Target] : [v.StatementId, v.Target, v.Kept],
            ct);
    }

    /// <summary>
    /// PostgreSQL links many statements in one command, in statement id order, so that its triggers count a command's
    /// links together (migration 0054) rather than one row at a time.
    /// </summary>
    private static async Task InsertManyAsync(
        StoreTransaction tx, string into, Kept? kept, IReadOnlyList<(string StatementId, string? Target, object? Kept)> linked, string conflict, CancellationToken ct)
    {
        var givenKept = kept is { FromStatement: null };
        var keptValue = kept is null ? string.Empty : $", {kept.FromStatement ?? "v.kept"}";
        foreach (var chunk in linked.Chunk(LinksPerCommand))
        {
            var sqlValues = new SqlValues();
            var rows = sqlValues.Rows(chunk, v => givenKept ? [v.StatementId, v.Target, v.Kept] : [v.StatementId, v.Target]);
            await tx.Connection.ExecuteAsync(sqlValues.Command(
                tx,
                $"""
                INSERT INTO {into} SELECT st.id, v.target{keptValue}
                FROM (VALUES {rows}) v(id, target{(givenKept ? ", kept" : string.Empty)}) JOIN statements st ON st.id = v.id
                ORDER BY st.id FOR KEY SHARE OF st
                {conflict}
                """,
                ct));
        }
    }
}
