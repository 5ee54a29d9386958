using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Corpus.Storage.Sqlite;

/// <summary>
/// SQLite writes rows with one statement each, compiled once per connection and statement and run again for every row.
/// Compiling a statement (and every trigger it fires) costs more than running it, and there is no round trip to save
/// by sending many rows in one text. Microsoft.Data.Sqlite keeps a command's compiled statement while its text stays the
/// same, so the commands are kept per connection (the writer's lives from one transaction to the next) and go with it.
/// </summary>
internal static class PreparedRows
{
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Commands = [];

    /// <param name="statement">The statement with numbered holes for a row's values, e.g. <c>UPDATE t SET a = {0} WHERE id = {1}</c>.</param>
    /// <param name="values">The row's values, in the order of the holes: integers, reals, strings, byte arrays or nulls.</param>
    public static async Task ExecuteAsync<TRow>(StoreTransaction tx, string statement, IReadOnlyList<TRow> rows, Func<TRow, object?[]> values, CancellationToken ct)
    {
        DbCommand? command = null;
        foreach (var row in rows)
        {
            command = Bind(tx, statement, command, values(row));
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Runs the statement for each row and reads the first column of every row it returns.</summary>
    /// <inheritdoc cref="ExecuteAsync"/>
    public static async Task<List<TResult>> QueryAsync<TRow, TResult>(
        StoreTransaction tx, string statement, IReadOnlyList<TRow> rows, Func<TRow, object?[]> values, CancellationToken ct)
    {
        var results = new List<TResult>();
        DbCommand? command = null;
        foreach (var row in rows)
        {
            command = Bind(tx, statement, command, values(row));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                results.Add(reader.GetFieldValue<TResult>(0));
            }
        }
        return results;
    }

    private static DbCommand Bind(StoreTransaction tx, string statement, DbCommand? command, object?[] values)
    {
        command ??= CommandFor(tx, statement, values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return command;
    }

    private static DbCommand CommandFor(StoreTransaction tx, string statement, int holes)
    {
        var commands = Commands.GetValue(tx.Connection, _ => new Dictionary<string, DbCommand>(StringComparer.Ordinal));
        if (!commands.TryGetValue(statement, out var command))
        {
            var names = Enumerable.Range(0, holes).Select(i => string.Create(CultureInfo.InvariantCulture, $"@p{i}")).ToArray();
            command = tx.Connection.CreateCommand();
            command.CommandText = string.Format(CultureInfo.InvariantCulture, statement, names);
            foreach (var name in names)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            commands[statement] = command;
        }
        command.Transaction = tx.Transaction;
        return command;
    }
}
