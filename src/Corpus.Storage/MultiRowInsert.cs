using System.Text;
using Dapper;

namespace Corpus.Storage;

/// <summary>
/// Many rows in one <c>INSERT … VALUES (…), (…)</c> per chunk: one round trip instead of one per row, which is what a
/// PostgreSQL server across the network charges for. Both stores take the same statement; values go in as
/// <see cref="SqlValues"/> does.
/// </summary>
public static class MultiRowInsert
{
    // PostgreSQL allows 65,535 parameters per statement; stay well below.
    private const int MaxParameters = 16_000;

    // SQLite finds each bound parameter by name in a list it scans from the start, so binding a statement costs the
    // square of its parameters; small statements cost nothing extra, as there is no round trip to save.
    private const int MaxSqliteParameters = 200;
    private const int MaxRows = 1_000;

    /// <param name="into">Table and column list, e.g. <c>statements (id, text)</c>.</param>
    /// <param name="values">The row's values, in the order of the columns.</param>
    /// <param name="tail">Appended to each statement, e.g. <c>ON CONFLICT DO NOTHING RETURNING id</c>.</param>
    public static async Task<List<TResult>> QueryAsync<TRow, TResult>(
        StoreTransaction tx, string into, IReadOnlyList<TRow> rows, Func<TRow, object?[]> values, string tail, CancellationToken ct)
    {
        var results = new List<TResult>();
        foreach (var (sql, sqlValues) in Chunks(tx.Dialect, into, rows, values, tail))
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
        foreach (var (sql, sqlValues) in Chunks(tx.Dialect, into, rows, values, tail))
        {
            await tx.Connection.ExecuteAsync(sqlValues.Command(tx, sql, ct));
        }
    }

    private static IEnumerable<(string Sql, SqlValues Values)> Chunks<TRow>(
        SqlDialect dialect, string into, IReadOnlyList<TRow> rows, Func<TRow, object?[]> values, string tail)
    {
        if (rows.Count == 0)
        {
            yield break;
        }
        var columns = values(rows[0]).Length;
        var perChunk = Math.Clamp((dialect == SqlDialect.Sqlite ? MaxSqliteParameters : MaxParameters) / columns, 1, MaxRows);
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
