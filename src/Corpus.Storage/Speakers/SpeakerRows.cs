using System.Data.Common;
using Corpus.Storage.Facts;
using Dapper;

namespace Corpus.Storage.Speakers;

/// <summary>A speaker as its family grain keeps it.</summary>
/// <param name="FirstArrival">The arrival of the article whose mention first named the speaker: a family's speakers in upload order.</param>
/// <param name="Place">The speaker's place in its family, which the mention that first named it gave it.</param>
public sealed record SpeakerState(string Id, string FamilyKey, string Name, string Kind, List<string> Aliases, List<string> Roles, long FirstArrival, int Place = 0);

public static class SpeakerRows
{
    /// <summary>The speakers of one family as stored, by place.</summary>
    public static async Task<List<SpeakerState>> LoadFamilyAsync(DbConnection connection, string familyKey, CancellationToken ct) =>
        [.. (await connection.QueryAsync<(string Id, string Name, string Kind, string Aliases, string Roles, long FirstArrival, int Place)>(new CommandDefinition(
            "SELECT id, name, kind, aliases, roles, first_arrival, place FROM speakers WHERE family_key = @familyKey ORDER BY place, id",
            new { familyKey },
            cancellationToken: ct)))
            .Select(r => new SpeakerState(r.Id, familyKey, r.Name, r.Kind, Json.Read(r.Aliases, new List<string>()), Json.Read(r.Roles, new List<string>()), r.FirstArrival, r.Place))];

    /// <summary>The stored speaker of every statement a mention of the family is the source of: all, or those of mentions after a place.</summary>
    public static async Task<Dictionary<string, string?>> LoadFamilyAttributionAsync(DbConnection connection, string familyKey, FactPlace? after, CancellationToken ct) =>
        (await connection.QueryAsync<(string Id, string? SpeakerId)>(new CommandDefinition(
            $"""
            SELECT st.id, ss.speaker_id FROM mentions m JOIN statements st ON st.id = m.statement_id
            LEFT JOIN statement_speakers ss ON ss.statement_id = st.id WHERE m.family_key = @familyKey{MentionRows.After(after, "m.")}
            """,
            new { familyKey, afterArrival = after?.Arrival, afterOrdinal = after?.Ordinal },
            cancellationToken: ct))).ToDictionary(r => r.Id, r => r.SpeakerId, StringComparer.Ordinal);

    /// <summary>The stored speaker of each of these statements that has one.</summary>
    public static async Task<Dictionary<string, string>> LoadAttributionAsync(DbConnection connection, IReadOnlyCollection<string> statementIds, CancellationToken ct) =>
        statementIds.Count == 0
            ? []
            : (await connection.QueryAsync<(string StatementId, string SpeakerId)>(new CommandDefinition(
                $"SELECT statement_id, speaker_id FROM statement_speakers WHERE {SqlDialect.Of(connection).InList("statement_id", "@statementIds")}",
                new { statementIds = SqlDialect.Of(connection).List(statementIds) },
                cancellationToken: ct))).ToDictionary(r => r.StatementId, r => r.SpeakerId, StringComparer.Ordinal);

    public static Task UpsertAsync(StoreTransaction tx, IReadOnlyList<SpeakerState> speakers, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx,
            "speakers (id, family_key, name, kind, aliases, roles, first_arrival, place)",
            speakers,
            s => [s.Id, s.FamilyKey, s.Name, s.Kind, Json.Write(s.Aliases), Json.Write(s.Roles), s.FirstArrival, s.Place],
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases, roles = excluded.roles, first_arrival = excluded.first_arrival, place = excluded.place",
            ct);

    /// <summary>Deletes the family's speakers that are no longer among <paramref name="keep"/>.</summary>
    public static Task DeleteOthersAsync(StoreTransaction tx, string familyKey, IReadOnlyCollection<string> keep, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM speakers WHERE family_key = @familyKey AND NOT ({tx.Dialect.InList("id", "@keep")})",
            new { familyKey, keep = tx.Dialect.List(keep) },
            tx.Transaction,
            cancellationToken: ct));
}
