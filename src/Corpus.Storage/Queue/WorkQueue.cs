using Dapper;

namespace Corpus.Storage.Queue;

/// <summary>
/// The durable queue. Items are leased for a while; a turn completes its items in its own transaction,
/// so an item's effects are committed exactly once. A node that dies leaves leases that expire.
/// </summary>
public sealed class WorkQueue(ICorpusStore store, TimeProvider clock)
{
    public const string Ready = "ready";
    public const string Waiting = "waiting";
    public const string Leased = "leased";
    public const string Dead = "dead";

    public static Task EnqueueAsync(StoreTransaction tx, IEnumerable<NewWorkItem> items, long nowMs, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx,
            "work_items (grain, grain_key, payload, state, trace_parent, enqueued_at, priority, after_input)",
            items.ToList(),
            i => [i.Grain, i.GrainKey, i.Payload, i.AfterInput is null ? Ready : Waiting, i.TraceParent, nowMs, (long)i.Priority, i.AfterInput],
            ct);

    /// <summary>
    /// Leases the first ready items, by priority, whose grain key nobody else holds leased: a turn on a busy key (an
    /// outlet, a much-quoted speaker) would otherwise make every other worker that leased a message for it wait on its
    /// lock, while messages for idle keys sit in the queue. Leases are taken one at a time so that two workers never
    /// pick the same key at once. Items whose lease expired go first. An item sent <see cref="NewWorkItem.AfterInput"/>
    /// waits, in a state of its own, until every input item queued before that one has had its turn (or was
    /// dead-lettered); each lease first makes ready those whose wait is over.
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> LeaseAsync(string owner, int max, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        // A lease lost with its commit only leaves the item ready, as it was.
        await using var tx = await store.BeginAsync([LeaseLockKey], Durability.Redoable, ct);
        var items = await LeaseWhereAsync(tx, "w.state = 'leased' AND w.lease_expires < @now", owner, max, now, lease, ct);
        if (items.Count < max)
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE work_items SET state = '{Ready}' WHERE state = '{Waiting}' AND after_input < {InputFrontier}", transaction: tx.Transaction, cancellationToken: ct));
            items.AddRange(await LeaseWhereAsync(tx, $"w.state = '{Ready}'", owner, max - items.Count, now, lease, ct));
        }
        await tx.CommitAsync(ct);
        return items;
    }

    /// <summary>One state at a time, so that the scan follows the (state, priority, id) index instead of sorting the queue.</summary>
    private static async Task<List<WorkItem>> LeaseWhereAsync(
        StoreTransaction tx, string condition, string owner, int max, long now, TimeSpan lease, CancellationToken ct) =>
        (await tx.Connection.QueryAsync<WorkItem>(new CommandDefinition(
            $"""
            UPDATE work_items SET state = 'leased', lease_owner = @owner, lease_expires = @expires, attempts = attempts + 1
            WHERE id IN (
                SELECT w.id FROM work_items w
                WHERE {condition}
                  AND NOT EXISTS (
                    SELECT 1 FROM work_items held
                    WHERE held.state = 'leased' AND held.lease_expires >= @now AND held.lease_owner <> @owner
                      AND held.grain = w.grain AND held.grain_key = w.grain_key)
                ORDER BY w.priority, w.id LIMIT @max {tx.Dialect.SkipLocked})
            RETURNING id AS Id, grain AS Grain, grain_key AS GrainKey, payload AS Payload, attempts AS Attempts, trace_parent AS TraceParent
            """,
            new { owner, expires = now + (long)lease.TotalMilliseconds, now, max },
            tx.Transaction,
            cancellationToken: ct))).OrderBy(i => i.Id).ToList();

    private const string LeaseLockKey = "queue:lease";

    /// <summary>
    /// Upload batches take this lock to enqueue, so input items commit in id order and the frontier below never passes
    /// an input item that is not yet visible.
    /// </summary>
    public const string InputLockKey = "queue:input";

    /// <summary>The id of the earliest input item not yet taken in; two index probes, one per state.</summary>
    private static string InputFrontierOf(string leasedFilter) => $"""
        COALESCE((SELECT MIN(f.id) FROM (
            SELECT MIN(id) AS id FROM work_items WHERE state = 'ready' AND priority = {(int)WorkPriority.NewInput}
            UNION ALL
            SELECT MIN(id) FROM work_items WHERE state = 'leased' AND priority = {(int)WorkPriority.NewInput}{leasedFilter}) f), {long.MaxValue})
        """;

    private static readonly string InputFrontier = InputFrontierOf(string.Empty);

    /// <summary>
    /// Inside a turn that holds the input items <paramref name="own"/>: the id of the earliest other input item not yet
    /// taken in. An item sent after an input below it would be leased at once, so the turn may do that work itself.
    /// </summary>
    public static Task<long> InputFrontierAsync(StoreTransaction tx, IReadOnlyCollection<long> own, CancellationToken ct) =>
        tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT " + InputFrontierOf($" AND NOT ({tx.Dialect.InList("id", "@own")})"),
            new { own = own.ToList() },
            tx.Transaction,
            cancellationToken: ct));

    /// <summary>Removes finished items inside the turn's transaction; throws when the lease on any of them was lost.</summary>
    public static async Task CompleteAsync(StoreTransaction tx, IReadOnlyList<WorkItem> items, string owner, CancellationToken ct)
    {
        var ids = items.Select(i => i.Id).ToList();
        var deleted = await tx.Connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM work_items WHERE {tx.Dialect.InList("id", "@ids")} AND lease_owner = @owner AND state = 'leased'",
            new { ids, owner },
            tx.Transaction,
            cancellationToken: ct));
        if (deleted != ids.Count)
        {
            throw new LeaseLostException(ids[0]);
        }
    }

    /// <summary>Gives a failed item back for another try, or dead-letters it with the reason after <paramref name="maxAttempts"/>.</summary>
    public async Task<bool> FailAsync(WorkItem item, string owner, string error, int maxAttempts, CancellationToken ct)
    {
        var dead = item.Attempts >= maxAttempts;
        await using var tx = await store.BeginAsync([], ct);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE work_items SET state = @state, lease_owner = NULL, lease_expires = 0, last_error = @error WHERE id = @Id AND lease_owner = @owner",
            new { state = dead ? Dead : Ready, error, item.Id, owner },
            tx.Transaction,
            cancellationToken: ct));
        await tx.CommitAsync(ct);
        return dead;
    }

    /// <summary>
    /// Gives back every lease. Only for the embedded store at start-up, where the one process that could
    /// hold leases is the one that died; a cluster relies on lease expiry instead.
    /// </summary>
    public async Task<int> ReleaseAllLeasesAsync(CancellationToken ct)
    {
        await using var tx = await store.BeginAsync([], ct);
        var released = await tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE work_items SET state = 'ready', lease_owner = NULL, lease_expires = 0 WHERE state = 'leased'",
            transaction: tx.Transaction,
            cancellationToken: ct));
        await tx.CommitAsync(ct);
        return released;
    }

    public async Task<QueueStats> StatsAsync(CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var row = await connection.QuerySingleAsync<(long Ready, long Leased, long Dead, long? Oldest)>(new CommandDefinition(
            """
            SELECT
                COALESCE(SUM(CASE WHEN state IN ('ready', 'waiting') THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN state = 'leased' THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN state = 'dead' THEN 1 ELSE 0 END), 0),
                MIN(CASE WHEN state <> 'dead' THEN enqueued_at END)
            FROM work_items
            """,
            cancellationToken: ct));
        return new QueueStats(row.Ready, row.Leased, row.Dead, row.Oldest ?? 0);
    }
}
