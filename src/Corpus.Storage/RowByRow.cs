using System.Globalization;
using System.Text;
using Corpus.Storage.Sqlite;
using Dapper;

namespace Corpus.Storage;

/// <summary>
/// One statement per row. PostgreSQL gets them as one command per chunk of rows: a round trip per chunk instead of per
/// row, while the rows are still written one after another in the order given, so their row locks are taken in that
/// order. SQLite has no round trip to save: it runs one compiled statement again for each row (<see cref="PreparedRows"/>).
/// </summary>
public static class RowByRow
{
    private const int MaxRows = 500;

    /// <param name="statement">The statement with numbered holes for a row's values, e.g. <c>UPDATE t SET a = {0} WHERE id = {1}</c>.</param>
    /// <param name="values">The row's values, in the order of the holes.</param>
    public static async Task ExecuteAsync<TRow>(StoreTransaction tx, string statement, IReadOnlyList<TRow> rows, Func<TRow, object?[]> values, CancellationToken ct)
    {
        if (tx.Dialect == SqlDialect.Sqlite)
        {
            await PreparedRows.ExecuteAsync(tx, statement, rows, values, ct);
            return;
        }
        foreach (var chunk in rows.Chunk(MaxRows))
        {
            var sqlValues = new SqlValues();
            var sql = new StringBuilder();
            foreach (var row in chunk)
            {
                sql.AppendFormat(CultureInfo.InvariantCulture, statement, [.. values(row).Select(sqlValues.Of)]).Append(";\n");
            }
            await tx.Connection.ExecuteAsync(sqlValues.Command(tx, sql.ToString(), ct));
        }
    }
}
