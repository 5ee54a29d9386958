using Dapper;

namespace Corpus.Storage.Statements;

/// <summary>
/// The names of the rules that found statements (<c>statement_rules</c>), each stored once: a statement keeps its rule's
/// number. A name gets its number the first time a statement with it is stored.
/// </summary>
public static class StatementRules
{
    /// <summary>The number of each name, numbering the names not yet stored.</summary>
    public static async Task<Dictionary<string, long>> IdsAsync(StoreTransaction tx, IEnumerable<string> names, CancellationToken ct)
    {
        // In one order, so that writers numbering the same new names take their row locks in the same order.
        var wanted = names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ids = await LoadAsync(tx, wanted, ct);
        var missing = wanted.Where(n => !ids.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            await MultiRowInsert.ExecuteAsync(tx, "statement_rules (name)", missing, n => [n], "ON CONFLICT (name) DO NOTHING", ct);
            ids = await LoadAsync(tx, wanted, ct);
        }
        return ids;
    }

    private static async Task<Dictionary<string, long>> LoadAsync(StoreTransaction tx, List<string> names, CancellationToken ct) =>
        names.Count == 0
            ? new(StringComparer.Ordinal)
            : (await tx.Connection.QueryAsync<(long Id, string Name)>(new CommandDefinition(
                $"SELECT id, name FROM statement_rules WHERE {tx.Dialect.InList("name", "@names")}",
                new { names = tx.Dialect.List(names) },
                tx.Transaction,
                cancellationToken: ct))).ToDictionary(r => r.Name, r => r.Id, StringComparer.Ordinal);
}
