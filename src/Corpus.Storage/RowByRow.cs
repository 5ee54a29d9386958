using System.Globalization;
using System.Text;
using Dapper;

namespace Corpus.Storage;

/// <summary>
/// One statement per row, sent as one command per chunk of rows: a round trip per chunk instead of per row, while the
/// rows are still written one after another in the order given, so their row locks are taken in that order. SQLite
/// has no round trip to save, and Microsoft.Data.Sqlite looks every parameter of a command up in each of its
/// statements (rows × parameters lookups a chunk), so its chunks are small.
/// </summary>
public static class RowByRow
{
    private const int MaxRows = 500;
    private const int MaxSqliteRows = 16;

    /// <param name="statement">The statement with numbered holes for a row's values, e.g. <c>UPDATE t SET a = {0} WHERE id = {1}</c>.</param>
    /// <param name="values">The row's values, in the order of the holes.</param>
    public static async Task ExecuteAsync<TRow>(StoreTransaction tx, string statement, IReadOnlyList<TRow> rows, Func<TRow, object?[]> values, CancellationToken ct)
    {
        foreach (var chunk in rows.Chunk(tx.Dialect == SqlDialect.Sqlite ? MaxSqliteRows : MaxRows))
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
