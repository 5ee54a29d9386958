using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Corpus.Storage.Tests.QueryPlans;

/// <summary>A table a query reads without seeking: whole (<see cref="Walk"/> false), or in index order with no condition on the index.</summary>
internal sealed record TableRead(string Table, bool Walk, string Query);

/// <summary>
/// A store whose read connections report how every query reads its tables. PostgreSQL: auto_explain sends each plan
/// back as a notice, and sequential scans are disabled so that a scan in a plan means no index could serve (a small
/// table would otherwise be scanned by choice). SQLite: each statement is traced and explained; without statistics
/// its planner assumes large tables, so its plans are those of a large corpus.
/// </summary>
internal sealed partial class PlanRecordingStore(ICorpusStore inner) : ICorpusStore
{
    private readonly ConcurrentQueue<string> _sqliteStatements = new();
    private readonly ConcurrentQueue<string> _postgresPlans = new();

    public SqlDialect Dialect => inner.Dialect;

    public Task MigrateAsync(CancellationToken ct) => inner.MigrateAsync(ct);

    public Task<bool> IsReachableAsync(CancellationToken ct) => inner.IsReachableAsync(ct);

    public Task<StoreTransaction> BeginAsync(Durability durability, CancellationToken ct) => inner.BeginAsync(durability, ct);

    public Task<DbConnection> OpenWriterAsync(CancellationToken ct) => inner.OpenWriterAsync(ct);

    public Task<StoreTransaction> BeginAsync(DbConnection writer, Durability durability, CancellationToken ct) => inner.BeginAsync(writer, durability, ct);

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = await inner.OpenAsync(ct);
        switch (connection)
        {
            case SqliteConnection sqlite:
                SQLitePCL.raw.sqlite3_trace(sqlite.Handle, (_, sql) => _sqliteStatements.Enqueue(sql), null);
                break;
            case NpgsqlConnection postgres:
                postgres.Notice += (_, e) => _postgresPlans.Enqueue(e.Notice.MessageText);
                await postgres.ExecuteAsync(
                    """
                    LOAD 'auto_explain'; SET auto_explain.log_min_duration = 0; SET auto_explain.log_level = 'notice';
                    SET auto_explain.log_format = 'json'; SET enable_seqscan = off
                    """);
                break;
        }
        return connection;
    }

    /// <summary>
    /// How many queries ran since the last call, every table read among them that seeks nothing, and the queries that
    /// sort what they read rather than read it in the order asked for.
    /// </summary>
    public async Task<(int Queries, List<TableRead> Reads, List<string> Sorts)> TakeReadsAsync()
    {
        var queries = 0;
        var reads = new List<TableRead>();
        var sorts = new List<string>();
        while (_postgresPlans.TryDequeue(out var notice))
        {
            queries++;
            using var plan = JsonDocument.Parse(notice[notice.IndexOf('{', StringComparison.Ordinal)..]);
            var query = plan.RootElement.GetProperty("Query Text").GetString()!;
            reads.AddRange(PostgresReads(plan.RootElement.GetProperty("Plan"), query));
            if (PostgresSorts(plan.RootElement.GetProperty("Plan")))
            {
                sorts.Add(query);
            }
        }
        var statements = new HashSet<string>(StringComparer.Ordinal);
        while (_sqliteStatements.TryDequeue(out var sql))
        {
            if (Regex.IsMatch(sql, @"^\s*(SELECT|WITH)\b", RegexOptions.IgnoreCase))
            {
                statements.Add(sql);
            }
        }
        if (statements.Count > 0)
        {
            await using var connection = await inner.OpenAsync(CancellationToken.None);
            // Only stored tables count: a scan of a query's own materialised rows (full-text hits) reads no table.
            var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToHashSet(StringComparer.Ordinal);
            foreach (var sql in statements)
            {
                queries++;
                foreach (var (_, _, _, detail) in await connection.QueryAsync<(long, long, long, string)>("EXPLAIN QUERY PLAN " + sql))
                {
                    if (detail.StartsWith("USE TEMP B-TREE FOR", StringComparison.Ordinal) && detail.Contains("ORDER BY", StringComparison.Ordinal))
                    {
                        sorts.Add(sql);
                    }
                    if (SqliteScan().Match(detail) is { Success: true } scan
                        && (tables.Contains(scan.Groups[1].Value) ? scan.Groups[1].Value : TableOf(sql, scan.Groups[1].Value)) is { } table
                        && tables.Contains(table))
                    {
                        reads.Add(new TableRead(table, Walk: scan.Groups[2].Success, sql));
                    }
                }
            }
        }
        return (queries, reads, sorts);
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private static IEnumerable<TableRead> PostgresReads(JsonElement node, string query)
    {
        var type = node.GetProperty("Node Type").GetString();
        if (node.TryGetProperty("Relation Name", out var relation))
        {
            if (type == "Seq Scan")
            {
                yield return new TableRead(relation.GetString()!, Walk: false, query);
            }
            else if (type is "Index Scan" or "Index Only Scan" && !node.TryGetProperty("Index Cond", out _))
            {
                yield return new TableRead(relation.GetString()!, Walk: true, query);
            }
        }
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var read in children.EnumerateArray().SelectMany(child => PostgresReads(child, query)))
            {
                yield return read;
            }
        }
    }

    private static bool PostgresSorts(JsonElement node) =>
        node.GetProperty("Node Type").GetString() is "Sort" or "Incremental Sort"
        || (node.TryGetProperty("Plans", out var children) && children.EnumerateArray().Any(PostgresSorts));

    /// <summary>The table an alias stands for in the query (<c>FROM statements st</c>), if any.</summary>
    private static string? TableOf(string sql, string alias) =>
        Regex.Match(sql, $@"\b(\w+)\s+(?:AS\s+)?{Regex.Escape(alias)}\b(?=\s*(?:ON|WHERE|JOIN|LEFT|ORDER|,|\)|$))", RegexOptions.IgnoreCase) is { Success: true } m
            ? m.Groups[1].Value
            : null;

    // "SCAN t" reads a table whole; "SCAN t USING [COVERING] INDEX i" walks an index in order; a full-text index
    // answering a MATCH shows as "SCAN t VIRTUAL TABLE …" and seeks.
    [GeneratedRegex(@"^SCAN (\w+)(?: AS \w+)?( USING (?:COVERING )?INDEX \w+)?$")]
    private static partial Regex SqliteScan();
}
