using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Facts;

/// <summary>A person or organisation one original article names, with the statement attributed to them (if any).</summary>
/// <param name="Ordinal">The mention's place among the article's mentions.</param>
public sealed record StoredMention(
    string ArticleId, long Ordinal, string FamilyKey, long Arrival, string? StatementId, string Name, string Kind, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles);

public static class MentionRows
{
    public static Task AddAsync(StoreTransaction tx, IReadOnlyList<StoredMention> mentions, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx,
            "mentions (article_id, ordinal, family_key, arrival, statement_id, name, kind, aliases, roles)",
            mentions,
            m => [m.ArticleId, m.Ordinal, m.FamilyKey, m.Arrival, m.StatementId, m.Name, m.Kind, Json.Write(m.Aliases), Json.Write(m.Roles)],
            "ON CONFLICT DO NOTHING",
            ct);

    /// <summary>The mentions of one family in upload order: every one, or those after a place.</summary>
    public static async Task<List<StoredMention>> LoadFamilyAsync(DbConnection connection, string familyKey, FactPlace? after, CancellationToken ct) =>
        [.. (await connection.QueryAsync<(string ArticleId, long Ordinal, long Arrival, string? StatementId, string Name, string Kind, string Aliases, string Roles)>(new CommandDefinition(
            $"SELECT article_id, ordinal, arrival, statement_id, name, kind, aliases, roles FROM mentions WHERE family_key = @familyKey{After(after, "")} ORDER BY arrival, ordinal",
            new { familyKey, afterArrival = after?.Arrival, afterOrdinal = after?.Ordinal },
            cancellationToken: ct)))
            .Select(r => new StoredMention(r.ArticleId, r.Ordinal, familyKey, r.Arrival, r.StatementId, r.Name, r.Kind, Json.Read(r.Aliases, new List<string>()), Json.Read(r.Roles, new List<string>())))];

    /// <summary>
    /// The condition that keeps only the mentions (of table alias <paramref name="alias"/>) after a place, with parameters
    /// <c>@afterArrival</c> and <c>@afterOrdinal</c>; none without a place. Written so that an index on
    /// (family_key, arrival, ordinal) seeks to the place.
    /// </summary>
    public static string After(FactPlace? after, string alias) =>
        after is null ? "" : $" AND {alias}arrival >= @afterArrival AND ({alias}arrival > @afterArrival OR {alias}ordinal > @afterOrdinal)";
}
