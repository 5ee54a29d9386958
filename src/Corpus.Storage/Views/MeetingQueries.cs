using System.Data.Common;
using Corpus.Text.Speakers;
using Dapper;

namespace Corpus.Storage.Views;

public sealed class MeetingQueries(ICorpusStore store)
{
    public async Task<Page<MeetingView>> ListAsync(string? speakerId, string? from, string? to, PageRequest page, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var conditions = new List<string> { "1 = 1" };
        string? family = null;
        List<string>? names = null;
        if (speakerId is not null)
        {
            family = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                "SELECT family_key FROM speakers WHERE id = @speakerId", new { speakerId }, cancellationToken: ct));
            names = family is null ? [] : await NamesOfAsync(connection, family, speakerId, ct);
            if (names.Count == 0)
            {
                return new Page<MeetingView>([], null);
            }
            conditions.Add($"m.id IN (SELECT meeting_id FROM meeting_participants WHERE family_key = @family AND {SqlDialect.Of(connection).InList("name", "@names")})");
        }
        if (from is not null)
        {
            conditions.Add("m.date >= @from");
        }
        if (to is not null)
        {
            conditions.Add("m.date <= @to");
        }
        if (page.After is not null)
        {
            conditions.Add("m.id > @after");
        }
        var views = await LoadAsync(
            connection,
            string.Join(" AND ", conditions) + " ORDER BY m.id LIMIT @take",
            new { family, names = names is null ? null : SqlDialect.Of(connection).List(names), from, to, after = page.After, take = page.Limit + 1 },
            ct);
        return page.ToPage(views, m => m.Id);
    }

    /// <summary>
    /// The names under which the speaker takes part in their family's meetings. A participant is stored by name and
    /// family, and resolved among the family's speakers when read (<see cref="Resolve"/>): the family's distinct
    /// participant names are few, so they are resolved first, and a page then reads the speaker's own meetings only.
    /// </summary>
    private static async Task<List<string>> NamesOfAsync(DbConnection connection, string family, string speakerId, CancellationToken ct)
    {
        List<(string Id, string Family, string Name, string Aliases)> speakers = [.. (await FamilySpeakersAsync(connection, [family], ct))[family]];
        var names = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT name FROM meeting_participants WHERE family_key = @family", new { family }, cancellationToken: ct));
        return [.. names.Where(name => Resolve(speakers, name).Id == speakerId)];
    }

    private static async Task<ILookup<string, (string Id, string Family, string Name, string Aliases)>> FamilySpeakersAsync(
        DbConnection connection, IReadOnlyList<string> families, CancellationToken ct) =>
        (await connection.QueryAsync<(string Id, string Family, string Name, string Aliases)>(new CommandDefinition(
            $"SELECT id, family_key, name, aliases FROM speakers WHERE {SqlDialect.Of(connection).InList("family_key", "@families")} ORDER BY first_arrival, id",
            new { families = SqlDialect.Of(connection).List(families) },
            cancellationToken: ct)))
        .ToLookup(s => s.Family);

    public async Task<MeetingView?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var meeting = (await LoadAsync(connection, "m.id = @id", new { id }, ct)).SingleOrDefault();
        if (meeting is null)
        {
            return null;
        }
        var statements = await StatementQueries.WhereAsync(connection, "sm.meeting_id = @id ORDER BY st.article_id, st.ordinal", new { id }, ct);
        return meeting with { Statements = statements, BySpeaker = GroupBySpeaker(meeting, statements) };
    }

    /// <summary>Participants first (in the meeting's order), then anyone else quoted about the meeting; within each, one cell per outlet.</summary>
    private static List<MeetingSpeakerGroup> GroupBySpeaker(MeetingView meeting, List<StatementView> statements)
    {
        var outletOf = meeting.Reports.ToDictionary(r => r.ArticleId, r => r.Outlet, StringComparer.Ordinal);
        var outletOrder = meeting.Reports.Select(r => r.Outlet).Distinct().ToList();
        string Outlet(StatementView s) => outletOf.TryGetValue(s.ArticleId, out var outlet) ? outlet : s.Source ?? s.ArticleId;
        var participantIds = meeting.Participants.Select(p => p.Id).OfType<string>().ToList();
        return [.. statements
            .GroupBy(s => s.Speaker?.Id ?? s.Speaker?.Name ?? string.Empty)
            .Select(g =>
            {
                var speaker = g.First().Speaker;
                var rank = speaker?.Id is { } sid ? participantIds.IndexOf(sid) : -1;
                var outlets = g.GroupBy(Outlet)
                    .OrderBy(o => outletOrder.IndexOf(o.Key) is var i && i < 0 ? int.MaxValue : i)
                    .Select(o => new OutletStatements(o.Key, [.. o]))
                    .ToList();
                return (Rank: rank < 0 ? int.MaxValue : rank, Group: new MeetingSpeakerGroup(speaker, rank >= 0, outlets));
            })
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Group.Speaker?.Name, StringComparer.Ordinal)
            .Select(x => x.Group)];
    }

    private static async Task<List<MeetingView>> LoadAsync(DbConnection connection, string condition, object parameters, CancellationToken ct)
    {
        var rows = (await connection.QueryAsync<(string Id, string Title, string Kind, string? Date, string? Place, long InPassing, long Statements)>(new CommandDefinition(
            $"""
            SELECT m.id, m.title, m.kind, m.date, m.place, m.in_passing, (SELECT COUNT(*) FROM statement_meetings sm WHERE sm.meeting_id = m.id)
            FROM meetings m WHERE {condition}
            """,
            parameters,
            cancellationToken: ct))).ToList();
        if (rows.Count == 0)
        {
            return [];
        }
        var ids = rows.Select(r => r.Id).ToList();
        var participants = (await connection.QueryAsync<(string MeetingId, string Family, string Name)>(new CommandDefinition(
            $"SELECT meeting_id, family_key, name FROM meeting_participants WHERE {SqlDialect.Of(connection).InList("meeting_id", "@ids")} ORDER BY meeting_id, name", new { ids = SqlDialect.Of(connection).List(ids) }, cancellationToken: ct))).ToList();
        var speakers = await FamilySpeakersAsync(connection, [.. participants.Select(p => p.Family).Distinct()], ct);
        var reports = (await connection.QueryAsync<(string MeetingId, string ArticleId, string? Source, string Outlet, string? Title)>(new CommandDefinition(
            $"""
            SELECT r.meeting_id, r.article_id, a.source, {Outlet.OfArticle}, a.title
            FROM meeting_reports r JOIN articles a ON a.id = r.article_id
            WHERE {SqlDialect.Of(connection).InList("r.meeting_id", "@ids")} ORDER BY {Outlet.OfArticle}, r.article_id
            """,
            new { ids = SqlDialect.Of(connection).List(ids) },
            cancellationToken: ct)))
            .ToLookup(r => r.MeetingId, r => new MeetingReportView(r.ArticleId, r.Source, r.Outlet, r.Title));
        var byMeeting = participants.ToLookup(p => p.MeetingId);
        return [.. rows.Select(r => new MeetingView(
            r.Id, r.Title, r.Kind, r.Date, r.Place, r.InPassing != 0,
            [.. byMeeting[r.Id].Select(p => Resolve([.. speakers[p.Family]], p.Name))],
            [.. reports[r.Id].Select(x => x.Outlet).Distinct()],
            r.Statements)
        {
            Reports = [.. reports[r.Id]],
        })];
    }

    private static SpeakerLink Resolve(List<(string Id, string Family, string Name, string Aliases)> family, string name)
    {
        var candidates = family.Select(s => new SpeakerCandidate(s.Name, Json.Read(s.Aliases, new List<string>()))).ToList();
        var match = SpeakerIdentity.Match(candidates, name);
        return match < 0 ? new SpeakerLink(null, name) : new SpeakerLink(family[match].Id, family[match].Name);
    }
}
