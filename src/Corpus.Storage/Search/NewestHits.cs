using System.Data.Common;
using System.Text;
using Corpus.Storage.Views;
using Dapper;
using static Corpus.Storage.Search.SearchSql;

namespace Corpus.Storage.Search;

/// <summary>
/// A query's statements newest first on SQLite. The statement index is keyed by day and then statement (migration
/// 0044): read from the newest end, it stops at a LIMIT. A page reads the newest hits it needs, then every hit of the
/// oldest day among them, since a day's statements go by id and the index has them by rowid; it reads further back
/// only while filters leave the page short. No other hit is read, where a walk by day has to read them all first.
/// </summary>
internal static class NewestHits
{
    /// <summary>A statement's key is its day shifted by this many bits, plus its rowid, which stays below 2^34.</summary>
    private const int DayShift = 34;

    /// <summary>The bits of a key that are the statement's rowid.</summary>
    public const long StatementBits = (1L << DayShift) - 1;

    /// <summary>How many hits the first read of a page takes beyond the page, against filters that drop some.</summary>
    private const int FirstScanSlack = 8;

    private const int LargestScan = 1 << 16;

    /// <summary>The day of the article <paramref name="alias"/> in the index's terms: its Julian day number, 0 when undated.</summary>
    public static string DayOf(string alias) => SqlDialect.Sqlite.DayNumber($"{alias}.published");

    /// <summary>The index's key of a statement, from its rowid and its day as <see cref="DayOf"/> gives it.</summary>
    public static long Key(long rowid, long day) => (day << DayShift) | rowid;

    /// <summary>
    /// Indexes statements (rowid, day as <see cref="DayOf"/> gives it, text) under their keys, and keeps their lengths.
    /// The rows are inserted as values, in key order: an <c>INSERT … SELECT</c> into FTS5 costs SQLite an ephemeral
    /// table per row, several times the indexing itself (bench/README.md), and a key below the last one written makes
    /// FTS5 flush what it holds in memory as a segment of its own.
    /// </summary>
    public static async Task IndexAsync(StoreTransaction tx, IReadOnlyList<(long Rowid, long Day, string Text)> statements, CancellationToken ct)
    {
        await RowByRow.ExecuteAsync(
            tx, "INSERT INTO statements_fts (rowid, text) VALUES ({0}, {1})", [.. statements.OrderBy(s => Key(s.Rowid, s.Day))], s => [Key(s.Rowid, s.Day), s.Text], ct);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO statement_lengths (statement, length) SELECT id & {StatementBits}, length FROM statements_fts_lengths WHERE {tx.Dialect.InList("id", "@keys")} ON CONFLICT DO NOTHING",
            new { keys = tx.Dialect.List(statements.Select(s => Key(s.Rowid, s.Day))) },
            tx.Transaction,
            cancellationToken: ct));
    }

    /// <summary>
    /// The query of a page's first <c>@rest</c> rows among the hits in <c>[@lowest, @below)</c> of the index, with the
    /// filters but the speaker's (a speaker's statements are walked through their own index instead).
    /// </summary>
    private static string PageQuery(StatementFilter filter, SearchCursor? after)
    {
        var sql = new StringBuilder(
            $"""
            SELECT {StatementQueries.Columns}
            FROM statements_fts h CROSS JOIN statements st {StatementQueries.SpeakerLinkJoin} {StatementQueries.LinkJoins} JOIN articles a ON a.id = st.article_id
            WHERE h.statements_fts MATCH @match AND h.rowid >= @lowest AND h.rowid < @below
              AND st.rowid = h.rowid & {StatementBits} AND {DayOf("a")} = h.rowid >> {DayShift}
            """);
        AppendFilters(sql, filter with { Speaker = null });
        if (after is not null)
        {
            sql.Append($" AND {NewerOrLater()}");
        }
        return sql.Append($" ORDER BY {Day} DESC, st.id LIMIT @rest").ToString();
    }

    /// <summary>
    /// The keys of <see cref="PageQuery"/>'s rows, in its order, where no filter needs the article: the day is the
    /// key's, and only the statement row is read for its id, which orders a day's hits. The whole of the oldest day
    /// is read for that, and its hits are many for a common word: the rows of the page are read after, by their keys.
    /// </summary>
    private static string PageKeysQuery(StatementFilter filter, SearchCursor? after)
    {
        var sql = new StringBuilder(
            $"""
            SELECT h.rowid FROM statements_fts h CROSS JOIN statements st
            WHERE h.statements_fts MATCH @match AND h.rowid >= @lowest AND h.rowid < @below AND st.rowid = h.rowid & {StatementBits}
            """);
        AppendStatementFilters(sql, filter);
        if (after is not null)
        {
            sql.Append($" AND (h.rowid >> {DayShift} < @afterDayNumber OR st.id > @afterId)");
        }
        return sql.Append($" ORDER BY h.rowid >> {DayShift} DESC, st.id LIMIT @rest").ToString();
    }

    /// <summary>The rows of the keys <c>@keys</c> (a JSON array) in their order, each only if its article's day is still its key's.</summary>
    private static readonly string RowsOfKeysQuery =
        $"""
        SELECT {StatementQueries.Columns}
        FROM json_each(@keys) k CROSS JOIN statements st {StatementQueries.SpeakerLinkJoin} {StatementQueries.LinkJoins} JOIN articles a ON a.id = st.article_id
        WHERE st.rowid = k.value & {StatementBits} AND {DayOf("a")} = k.value >> {DayShift}
        ORDER BY k.key
        """;

    /// <summary>
    /// At most <paramref name="take"/> rows of the page after <paramref name="after"/>, newest first; <paramref name="command"/>
    /// makes a command of the search's parameters and the ones given, in the transaction given.
    /// </summary>
    public static async Task<List<T>> ReadAsync<T>(
        DbConnection connection, StatementFilter filter, SearchCursor? after, int take, string match, Func<string, object, DbTransaction, CommandDefinition> command, CancellationToken ct)
    {
        await using var tx = await ReadSnapshot.BeginAsync(connection, ct);
        // The bounds as the index keys them, by SQLite's own reading of the dates.
        var (afterDay, from, to) = await connection.QuerySingleAsync<(long? AfterDay, long? From, long? To)>(new CommandDefinition(
            "SELECT CAST(julianday(@afterDay) AS INTEGER), CAST(julianday(@from) AS INTEGER), CAST(julianday(@to) AS INTEGER)",
            new { afterDay = after?.Day, from = filter.From, to = filter.To },
            tx,
            cancellationToken: ct));
        // An undated cursor's day is 0; a date SQLite cannot read bounds nothing here and is left to the page's filters.
        var below = Math.Min(after is null ? long.MaxValue : ((afterDay ?? 0) + 1) << DayShift, to is { } last ? (last + 1) << DayShift : long.MaxValue);
        var lowest = from is { } first ? first << DayShift : 0;
        // Dates bound the page by its articles' own dates as well, which the keys alone do not tell.
        var byKeys = filter.From is null && filter.To is null;
        var rows = new List<T>();
        var scan = take + FirstScanSlack;
        while (rows.Count < take && below > lowest)
        {
            var (oldestDay, scanned) = await connection.QuerySingleAsync<(long? OldestDay, long Scanned)>(new CommandDefinition(
                $"""
                SELECT min(rowid) >> {DayShift}, count(*) FROM (
                    SELECT rowid FROM statements_fts WHERE statements_fts MATCH @match AND rowid >= @lowest AND rowid < @below ORDER BY rowid DESC LIMIT @scan)
                """,
                new { match, lowest, below, scan },
                tx,
                cancellationToken: ct));
            if (oldestDay is not { } day)
            {
                break;
            }
            var start = Math.Max(lowest, day << DayShift);
            var range = new { lowest = start, below, rest = take - rows.Count, afterDayNumber = afterDay ?? 0 };
            List<T>? page = null;
            if (byKeys)
            {
                var keys = (await connection.QueryAsync<long>(command(PageKeysQuery(filter, after), range, tx))).ToList();
                List<T> read = keys.Count == 0 ? [] : [.. await connection.QueryAsync<T>(command(RowsOfKeysQuery, new { keys = SqlDialect.Sqlite.List(keys) }, tx))];
                // A statement without its article, or keyed by another day, is on no page: the page is read whole instead.
                (page, byKeys) = read.Count == keys.Count ? (read, true) : (null, false);
            }
            rows.AddRange(page ?? [.. await connection.QueryAsync<T>(command(PageQuery(filter, after), range, tx))]);
            if (scanned < scan)
            {
                break;
            }
            below = start;
            scan = Math.Min(scan * 4, LargestScan);
        }
        await tx.CommitAsync(ct);
        return rows;
    }
}
