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
    /// <summary>Stores a meeting with the articles that report it and the participants most of them agree on.</summary>
    public static async Task UpsertAsync(StoreTransaction tx, MeetingState m, IReadOnlyList<(string ArticleId, string? Source)> reports, long nowMs, CancellationToken ct)
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
        await MultiRowInsert.ExecuteAsync(
            tx, "meeting_reports (meeting_id, article_id, source)", reports, r => [m.Id, r.ArticleId, r.Source], "ON CONFLICT DO NOTHING", ct);
    }

    /// <summary>Deletes the grain's meetings that are no longer among <paramref name="keep"/>, with their reports and participants.</summary>
    public static async Task DeleteOthersAsync(StoreTransaction tx, string grainKey, IReadOnlyCollection<string> keep, CancellationToken ct)
    {
        var gone = (await tx.Connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT id FROM meetings WHERE grain_key = @grainKey AND NOT ({tx.Dialect.InList("id", "@keep")})",
            new { grainKey, keep = tx.Dialect.List(keep) },
            tx.Transaction,
            cancellationToken: ct))).ToList();
        if (gone.Count == 0)
        {
            return;
        }
        foreach (var table in new[] { "meeting_reports", "meeting_participants" })
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM {table} WHERE {tx.Dialect.InList("meeting_id", "@gone")}", new { gone = tx.Dialect.List(gone) }, tx.Transaction, cancellationToken: ct));
        }
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM meetings WHERE {tx.Dialect.InList("id", "@gone")}", new { gone = tx.Dialect.List(gone) }, tx.Transaction, cancellationToken: ct));
    }
}
