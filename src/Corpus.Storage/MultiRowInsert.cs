using System.Globalization;
using System.Text;
using Dapper;

namespace Corpus.Storage;

/// <summary>
/// Many rows in one <c>INSERT … VALUES (…), (…)</c> per chunk: one round trip instead of one per row, which is what a
/// PostgreSQL server across the network charges for. Both stores take the same statement. Integers go in as literals
/// and equal values share one parameter (a speaker id repeated on every row): binding a parameter costs more than
/// the value, and the statement is parsed on every call either way. Such statements are never repeated, so Dapper is
/// told not to cache them.
/// </summary>
public static class MultiRowInsert
{
    // SQLite allows 32,766 parameters per statement and PostgreSQL 65,535; stay well below both.
    private const int MaxParameters = 16_000;
    private const int MaxRows = 1_000;

    /// <param name="into">Table and column list, e.g. <c>statements (id, text)</c>.</param>
    /// <param name="values">The row's values, in the order of the columns.</param>
    /// <param name="tail">Appended to each statement, e.g. <c>ON CONFLICT DO NOTHING RETURNING id</c>.</param>
    public static async Task<List<TResult>> QueryAsync<TRow, TResult>(
        StoreTransaction tx, string into, IReadOnlyList<TRow> rows, Func<TRow, object?[]> values, string tail, CancellationToken ct)
    {
        var results = new List<TResult>();
        foreach (var (sql, parameters) in Chunks(into, rows, values, tail))
        {
            results.AddRange(await tx.Connection.QueryAsync<TResult>(Command(tx, sql, parameters, ct)));
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
        foreach (var (sql, parameters) in Chunks(into, rows, values, tail))
        {
            await tx.Connection.ExecuteAsync(Command(tx, sql, parameters, ct));
        }
    }

    /// <summary>An integer as SQL text that both stores read back as the same 64-bit value.</summary>
    public static string Literal(long value) =>
        // "-9223372036854775808" would be read as minus a number too large for a 64-bit integer.
        value == long.MinValue ? "(-9223372036854775807 - 1)" : value.ToString(CultureInfo.InvariantCulture);

    private static CommandDefinition Command(StoreTransaction tx, string sql, DynamicParameters parameters, CancellationToken ct) =>
        new(sql, parameters, tx.Transaction, flags: CommandFlags.Buffered | CommandFlags.NoCache, cancellationToken: ct);

    private static IEnumerable<(string Sql, DynamicParameters Parameters)> Chunks<TRow>(
        string into, IReadOnlyList<TRow> rows, Func<TRow, object?[]> values, string tail)
    {
        if (rows.Count == 0)
        {
            yield break;
        }
        var columns = values(rows[0]).Length;
        var perChunk = Math.Clamp(MaxParameters / columns, 1, MaxRows);
        for (var first = 0; first < rows.Count; first += perChunk)
        {
            var sql = new StringBuilder("INSERT INTO ").Append(into).Append(" VALUES ");
            var parameters = new DynamicParameters();
            var names = new Dictionary<object, string>();
            var last = Math.Min(rows.Count, first + perChunk);
            for (var r = first; r < last; r++)
            {
                var row = values(rows[r]);
                sql.Append(r == first ? "(" : ", (");
                for (var c = 0; c < row.Length; c++)
                {
                    sql.Append(c == 0 ? "" : ", ").Append(Sql(row[c], parameters, names));
                }
                sql.Append(')');
            }
            yield return (sql.Append(' ').Append(tail).ToString(), parameters);
        }
    }

    private static string Sql(object? value, DynamicParameters parameters, Dictionary<object, string> names)
    {
        switch (value)
        {
            case long l:
                return Literal(l);
            case int i:
                return Literal(i);
            case null:
                return "NULL";
        }
        if (!names.TryGetValue(value, out var name))
        {
            names[value] = name = string.Create(CultureInfo.InvariantCulture, $"p{names.Count}");
            parameters.Add(name, value);
        }
        return "@" + name;
    }
}
