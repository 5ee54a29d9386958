using System.Text;
using Corpus.Storage.Sqlite;
using Dapper;

namespace Corpus.Storage;

/// <summary>
/// Inserts rows. PostgreSQL gets many rows in one <c>INSERT … VALUES (…), (…)</c> per chunk: one round trip instead of
/// one per row, which is what a server across the network charges for; values go in as <see cref="SqlValues"/> does.
/// SQLite has no round trip to save: it runs one compiled single-row insert again for each row (<see cref="PreparedRows"/>).
/// </summary>
public static class MultiRowInsert
{
    // PostgreSQL allows 65,535 parameters per statement; stay well below.
    private const int MaxParameters = 16_000;
    private const int MaxRows = 1_000;

    /// <param name="into">Table and column list, e.g. <c>statements (id, text)</c>.</param>
    /// <param name="values">The row's values, in the order of the columns.</param>
    /// <param name="tail">Appended to each statement, e.g. <c>ON CONFLICT DO NOTHING RETURNING id</c>.</param>
    /// <returns>The first column of every row the statements return.</returns>
    public static async Task<List<TResult>> QueryAsync<TRow, TResult>(
        StoreTransaction tx, string into, IReadOnlyList<TRow> rows, Func<TRow, object?[]> values, string tail, CancellationToken ct)
    {
        if (tx.Dialect == SqlDialect.Sqlite)
        {
            return rows.Count == 0 ? [] : await PreparedRows.QueryAsync<TRow, TResult>(tx, SingleRow(into, values(rows[0]).Length, tail), rows, values, ct);
        }
        var results = new List<TResult>();
        foreach (var (sql, sqlValues) in Chunks(into, rows, values, tail))
        {
            results.AddRange(await tx.Connection.QueryAsync<TResult>(sqlValues.Command(tx, sql, ct)));
        }
        return results;
    }

    /// <inheritdoc cref="QueryAsync"/>
    public static Task ExecuteAsync<TRow>(StoreTransaction tx, string into, IReadOnlyList<TRow> rows, Func<TRow, object?[]> values, CancellationToken ct) =>
        ExecuteAsync(tx, into, rows, values, tail: "", ct);

    /// <inheritdoc cref="QueryAsync"/>
    public static async Task ExecuteAsync<TRow>(
        StoreTransaction tx, string into, IReadOnlyList<TRow> rows, Func<TRow, object?[]> values, string tail, CancellationToken ct)
    {
        if (tx.Dialect == SqlDialect.Sqlite)
        {
            if (rows.Count > 0)
            {
                await PreparedRows.ExecuteAsync(tx, SingleRow(into, values(rows[0]).Length, tail), rows, values, ct);
            }
            return;
        }
        foreach (var (sql, sqlValues) in Chunks(into, rows, values, tail))
        {
            await tx.Connection.ExecuteAsync(sqlValues.Command(tx, sql, ct));
        }
    }

    private static string SingleRow(string into, int columns, string tail) =>
        $"INSERT INTO {into} VALUES ({string.Join(", ", Enumerable.Range(0, columns).Select(c => $"{{{c}}}"))}) {tail}";

    private static IEnumerable<(string Sql, SqlValues Values)> Chunks<TRow>(string into, IReadOnlyList<TRow> rows, Func<TRow, object?[]> values, string tail)
    {
        if (rows.Count == 0)
        {
            yield break;
        }
        var perChunk = Math.Clamp(MaxParameters / values(rows[0]).Length, 1, MaxRows);
        for (var first = 0; first < rows.Count; first += perChunk)
        {
            var sql = new StringBuilder("INSERT INTO ").Append(into).Append(" VALUES ");
            var sqlValues = new SqlValues();
            var last = Math.Min(rows.Count, first + perChunk);
            for (var r = first; r < last; r++)
            {
                var row = values(rows[r]);
                sql.Append(r == first ? "(" : ", (");
                for (var c = 0; c < row.Length; c++)
                {
                    sql.Append(c == 0 ? "" : ", ").Append(sqlValues.Of(row[c]));
                }
                sql.Append(')');
            }
            yield return (sql.Append(' ').Append(tail).ToString(), sqlValues);
        }
    }
}
