using Dapper;

namespace Corpus.Storage.Statements;

/// <summary>What a settled statement is linked to, each by one kind of grain, in a table of its own.</summary>
public enum StatementLink
{
    /// <summary>Who said it, decided by the speaker's family grain.</summary>
    Speaker,

    /// <summary>The quote it words, decided by its speaker's quote grain.</summary>
    Quote,

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
    public static async Task SetAsync(StoreTransaction tx, StatementLink link, IEnumerable<(string StatementId, string? Target)> values, CancellationToken ct)
    {
        var (table, column) = Of(link);
        var ordered = values.OrderBy(v => v.StatementId, StringComparer.Ordinal).ToList();
        var unlinked = ordered.Where(v => v.Target is null).Select(v => v.StatementId).ToList();
        if (unlinked.Count > 0)
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM {table} WHERE {tx.Dialect.InList("statement_id", "@unlinked")}", new { unlinked = tx.Dialect.List(unlinked) }, tx.Transaction, cancellationToken: ct));
        }
        // A speaker link keeps its statement's day, which orders a speaker's statements (migration 0046).
        var (dayColumn, day, dayUpdate) = link == StatementLink.Speaker
            ? (", day", $", COALESCE((SELECT {tx.Dialect.DayNumber("a.published")} FROM articles a WHERE a.id = st.article_id), 0)", ", day = excluded.day")
            : (string.Empty, string.Empty, string.Empty);
        await RowByRow.ExecuteAsync(
            tx,
            $"INSERT INTO {table} (statement_id, {column}{dayColumn}) SELECT st.id, {{1}}{day} FROM statements st WHERE st.id = {{0}}{tx.Dialect.KeepRowsRead} " +
            $"ON CONFLICT (statement_id) DO UPDATE SET {column} = excluded.{column}{dayUpdate}",
            [.. ordered.Where(v => v.Target is not null)],
            v => [v.StatementId, v.Target],
            ct);
    }

    private static (string Table, string Column) Of(StatementLink link) => link switch
    {
        StatementLink.Speaker => ("statement_speakers", "speaker_id"),
        StatementLink.Quote => ("statement_quotes", "quote_id"),
        StatementLink.Meeting => ("statement_meetings", "meeting_id"),
        _ => throw new ArgumentOutOfRangeException(nameof(link), link, null),
    };
}
