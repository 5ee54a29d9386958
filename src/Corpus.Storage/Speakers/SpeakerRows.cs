using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Speakers;

/// <summary>A speaker as its family grain keeps it.</summary>
public sealed record SpeakerState(string Id, string FamilyKey, string Name, string Kind, List<string> Aliases, List<string> Roles);

public static class SpeakerRows
{
    /// <summary>The speakers of one family as stored.</summary>
    public static async Task<List<SpeakerState>> LoadFamilyAsync(DbConnection connection, string familyKey, CancellationToken ct) =>
        [.. (await connection.QueryAsync<(string Id, string Name, string Kind, string Aliases, string Roles)>(new CommandDefinition(
            "SELECT id, name, kind, aliases, roles FROM speakers WHERE family_key = @familyKey",
            new { familyKey },
            cancellationToken: ct)))
            .Select(r => new SpeakerState(r.Id, familyKey, r.Name, r.Kind, Json.Read(r.Aliases, new List<string>()), Json.Read(r.Roles, new List<string>())))];

    /// <summary>The stored speaker of every statement a mention of the family is the source of.</summary>
    public static async Task<Dictionary<string, string?>> LoadFamilyAttributionAsync(DbConnection connection, string familyKey, CancellationToken ct) =>
        (await connection.QueryAsync<(string Id, string? SpeakerId)>(new CommandDefinition(
            """
            SELECT st.id, ss.speaker_id FROM mentions m JOIN statements st ON st.id = m.statement_id
            LEFT JOIN statement_speakers ss ON ss.statement_id = st.id WHERE m.family_key = @familyKey
            """,
            new { familyKey },
            cancellationToken: ct))).ToDictionary(r => r.Id, r => r.SpeakerId, StringComparer.Ordinal);

    public static Task UpsertAsync(StoreTransaction tx, IReadOnlyList<SpeakerState> speakers, long nowMs, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx,
            "speakers (id, family_key, name, kind, aliases, roles, created_at)",
            speakers,
            s => [s.Id, s.FamilyKey, s.Name, s.Kind, Json.Write(s.Aliases), Json.Write(s.Roles), nowMs],
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases, roles = excluded.roles",
            ct);

    /// <summary>Deletes the family's speakers that are no longer among <paramref name="keep"/>.</summary>
    public static Task DeleteOthersAsync(StoreTransaction tx, string familyKey, IReadOnlyCollection<string> keep, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM speakers WHERE family_key = @familyKey AND NOT ({tx.Dialect.InList("id", "@keep")})",
            new { familyKey, keep = keep.ToList() },
            tx.Transaction,
            cancellationToken: ct));
}
