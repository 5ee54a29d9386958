using System.Data.Common;
using Dapper;

namespace Corpus.Storage.Facts;

/// <summary>One meeting as one original article reports it, stored as the meeting grain's message (JSON).</summary>
public sealed record StoredMeetingMention(string ArticleId, long Ordinal, string GrainKey, long Arrival, string Report);

public static class MeetingMentionRows
{
    public static Task AddAsync(StoreTransaction tx, IReadOnlyList<StoredMeetingMention> mentions, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(
            tx,
            "meeting_mentions (article_id, ordinal, grain_key, arrival, report)",
            mentions,
            m => [m.ArticleId, m.Ordinal, m.GrainKey, m.Arrival, m.Report],
            "ON CONFLICT DO NOTHING",
            ct);

    /// <summary>Every report that goes to one meeting grain, in upload order.</summary>
    public static async Task<List<StoredMeetingMention>> LoadGrainAsync(DbConnection connection, string grainKey, CancellationToken ct) =>
        [.. (await connection.QueryAsync<(string ArticleId, long Ordinal, long Arrival, string Report)>(new CommandDefinition(
            "SELECT article_id, ordinal, arrival, report FROM meeting_mentions WHERE grain_key = @grainKey ORDER BY arrival, ordinal",
            new { grainKey },
            cancellationToken: ct)))
            .Select(r => new StoredMeetingMention(r.ArticleId, r.Ordinal, grainKey, r.Arrival, r.Report))];
}
