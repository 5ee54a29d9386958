using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Corpus.Gateway.Errors;

/// <summary>
/// Tells a store that is down or overloaded (worth a 503 and a retry) from a store that refused this request's data
/// (a constraint, a value it cannot hold): retrying the latter fails for ever, so it is a 500 with a log entry.
/// </summary>
public static class StoreOutage
{
    // SQLSTATE classes: 08 connection exception, 53 insufficient resources, 57 operator intervention (shutdown,
    // cannot connect now, statement timeout), 58 system error.
    private static readonly string[] OutageStateClasses = ["08", "53", "57", "58"];

    // SQLite primary result codes that describe the database file, not the statement: busy, locked, I/O error,
    // disk full, cannot open.
    private static readonly int[] SqliteOutageCodes = [5, 6, 10, 13, 14];

    public static bool IsOutage(Exception exception) => exception switch
    {
        TimeoutException or SocketException => true,
        PostgresException postgres => postgres.IsTransient || OutageStateClasses.Any(c => postgres.SqlState.StartsWith(c, StringComparison.Ordinal)),
        NpgsqlException => true, // no server answer at all: the connection broke or never opened
        SqliteException sqlite => SqliteOutageCodes.Contains(sqlite.SqliteErrorCode & 0xFF),
        DbException db => db.IsTransient,
        _ => false,
    };
}
