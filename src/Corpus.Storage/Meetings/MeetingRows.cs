using Dapper;

namespace Corpus.Storage.Meetings;

public sealed record MeetingParticipant(string FamilyKey, string Name);

/// <summary>A meeting's state as its participants' grain keeps it.</summary>
public sealed record MeetingState(string Id, string GrainKey, string Title, string Kind, string? Date, string? Place, bool InPassing, List<MeetingParticipant> Participants);

public static class MeetingRows
{
    public static async Task<List<MeetingState>> LoadGrainAsync(StoreTransaction tx, string grainKey, CancellationToken ct)
    {
        var rows = await tx.Connection.QueryAsync<(string Id, string GrainKey, string Title, string Kind, string? Date, string? Place, long InPassing, string Participants)>(new CommandDefinition(
            "SELECT id, grain_key, title, kind, date, place, in_passing, participants FROM meetings WHERE grain_key = @grainKey ORDER BY created_at, id",
            new { grainKey },
            tx.Transaction,
            cancellationToken: ct));
        return rows.Select(r => new MeetingState(r.Id, r.GrainKey, r.Title, r.Kind, r.Date, r.Place, r.InPassing != 0, Json.Read(r.Participants, new List<MeetingParticipant>()))).ToList();
    }

    public static async Task UpsertAsync(StoreTransaction tx, MeetingState m, long nowMs, CancellationToken ct)
    {
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO meetings (id, grain_key, title, kind, date, place, in_passing, participants, created_at)
            VALUES (@Id, @GrainKey, @Title, @Kind, @Date, @Place, @inPassing, @participants, @nowMs)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, kind = excluded.kind, date = excluded.date, place = excluded.place,
                in_passing = excluded.in_passing, participants = excluded.participants
            """,
            new { m.Id, m.GrainKey, m.Title, m.Kind, m.Date, m.Place, inPassing = m.InPassing ? 1L : 0L, participants = Json.Write(m.Participants), nowMs },
            tx.Transaction,
            cancellationToken: ct));
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO meeting_participants (meeting_id, family_key, name) VALUES (@meetingId, @FamilyKey, @Name) ON CONFLICT (meeting_id, family_key) DO UPDATE SET name = excluded.name",
            m.Participants.Select(p => new { meetingId = m.Id, p.FamilyKey, p.Name }).ToList(),
            tx.Transaction,
            cancellationToken: ct));
    }

    public static Task AddReportAsync(StoreTransaction tx, string meetingId, string articleId, string? source, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO meeting_reports (meeting_id, article_id, source) VALUES (@meetingId, @articleId, @source) ON CONFLICT DO NOTHING",
            new { meetingId, articleId, source },
            tx.Transaction,
            cancellationToken: ct));
}
