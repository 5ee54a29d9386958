using Dapper;

namespace Corpus.Storage.Speakers;

/// <summary>A speaker's state as its family grain keeps it.</summary>
public sealed record SpeakerState(string Id, string FamilyKey, string Name, string Kind, List<string> Aliases, List<string> Roles);

public static class SpeakerRows
{
    /// <summary>The speakers of these families, each family in the order its speakers were first stored.</summary>
    public static async Task<Dictionary<string, List<SpeakerState>>> LoadFamiliesAsync(StoreTransaction tx, IReadOnlyCollection<string> familyKeys, CancellationToken ct)
    {
        var rows = await tx.Connection.QueryAsync<(string Id, string FamilyKey, string Name, string Kind, string Aliases, string Roles)>(new CommandDefinition(
            $"SELECT id, family_key, name, kind, aliases, roles FROM speakers WHERE {tx.Dialect.InList("family_key", "@familyKeys")} ORDER BY family_key, created_at, id",
            new { familyKeys = familyKeys.ToList() },
            tx.Transaction,
            cancellationToken: ct));
        var families = familyKeys.ToDictionary(f => f, _ => new List<SpeakerState>(), StringComparer.Ordinal);
        foreach (var r in rows)
        {
            families[r.FamilyKey].Add(new SpeakerState(r.Id, r.FamilyKey, r.Name, r.Kind, Json.Read(r.Aliases, new List<string>()), Json.Read(r.Roles, new List<string>())));
        }
        return families;
    }

    public static Task UpsertAsync(StoreTransaction tx, IReadOnlyList<SpeakerState> speakers, long nowMs, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx,
            "speakers (id, family_key, name, kind, aliases, roles, created_at)",
            speakers,
            s => [s.Id, s.FamilyKey, s.Name, s.Kind, Json.Write(s.Aliases), Json.Write(s.Roles), nowMs],
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases, roles = excluded.roles",
            ct);
}
