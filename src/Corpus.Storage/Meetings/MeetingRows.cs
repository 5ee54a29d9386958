using Dapper;

namespace Corpus.Storage.Meetings;

/// <param name="Reports">How many of the meeting's articles name this participant.</param>
public sealed record MeetingParticipant(string FamilyKey, string Name, int Reports = 1);

/// <summary>A meeting's state as its grain keeps it. <see cref="Participants"/> holds everyone any report named.</summary>
public sealed record MeetingState(
    string Id, string GrainKey, string Title, string Kind, string? Date, string? Place, bool InPassing, List<MeetingParticipant> Participants, long ReportCount)
{
    /// <summary>The participants at least half of the reports name: one outlet's "they then met the president" does not make the president a participant of every meeting that day.</summary>
    public IEnumerable<MeetingParticipant> Agreed => Participants.Where(p => p.Reports * 2 >= ReportCount);
}

public static class MeetingRows
{
    public static async Task<List<MeetingState>> LoadGrainAsync(StoreTransaction tx, string grainKey, CancellationToken ct)
    {
        var rows = await tx.Connection.QueryAsync<(string Id, string GrainKey, string Title, string Kind, string? Date, string? Place, long InPassing, string Participants, long ReportCount)>(new CommandDefinition(
            "SELECT id, grain_key, title, kind, date, place, in_passing, participants, report_count FROM meetings WHERE grain_key = @grainKey ORDER BY created_at, id",
            new { grainKey },
            tx.Transaction,
            cancellationToken: ct));
        return [.. rows.Select(r => new MeetingState(
            r.Id, r.GrainKey, r.Title, r.Kind, r.Date, r.Place, r.InPassing != 0, Json.Read(r.Participants, new List<MeetingParticipant>()), r.ReportCount))];
    }

    public static async Task UpsertAsync(StoreTransaction tx, MeetingState m, long nowMs, CancellationToken ct)
    {
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO meetings (id, grain_key, title, kind, date, place, in_passing, participants, report_count, created_at)
            VALUES (@Id, @GrainKey, @Title, @Kind, @Date, @Place, @inPassing, @participants, @ReportCount, @nowMs)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, kind = excluded.kind, date = excluded.date, place = excluded.place,
                in_passing = excluded.in_passing, participants = excluded.participants, report_count = excluded.report_count
            """,
            new { m.Id, m.GrainKey, m.Title, m.Kind, m.Date, m.Place, inPassing = m.InPassing ? 1L : 0L, participants = Json.Write(m.Participants), m.ReportCount, nowMs },
            tx.Transaction,
            cancellationToken: ct));
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM meeting_participants WHERE meeting_id = @Id", new { m.Id }, tx.Transaction, cancellationToken: ct));
        await MultiRowInsert.ExecuteAsync(tx, "meeting_participants (meeting_id, family_key, name)", m.Agreed.ToList(), p => [m.Id, p.FamilyKey, p.Name], ct);
    }

    /// <returns>True when this article was not yet a report of the meeting.</returns>
    public static async Task<bool> AddReportAsync(StoreTransaction tx, string meetingId, string articleId, string? source, CancellationToken ct) =>
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO meeting_reports (meeting_id, article_id, source) VALUES (@meetingId, @articleId, @source) ON CONFLICT DO NOTHING",
            new { meetingId, articleId, source },
            tx.Transaction,
            cancellationToken: ct)) > 0;
}
