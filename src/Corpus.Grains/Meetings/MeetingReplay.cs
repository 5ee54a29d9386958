using System.Globalization;
using System.Text.Json;
using Corpus.Storage;
using Corpus.Storage.Meetings;
using Corpus.Text.Meetings;
using Corpus.Text.Speakers;

namespace Corpus.Grains.Meetings;

/// <summary>
/// The meetings one grain makes of its reports, taken in upload order. Reports of one meeting by several outlets become
/// one meeting (participants that include one another, date within a day, compatible place; the best-agreeing meeting
/// wins); the same people on another day or at another place stay apart. The same reports in the same order always
/// make the same meetings, whichever silo and batch they came in.
/// </summary>
internal sealed class MeetingReplay(string grainKey)
{
    private readonly List<MeetingState> _meetings = [];

    public IReadOnlyList<MeetingState> Meetings => _meetings;

    /// <summary>The articles that reported each meeting, with their outlets.</summary>
    public Dictionary<string, List<(string ArticleId, string? Source)>> Reports { get; } = new(StringComparer.Ordinal);

    /// <summary>Each reported statement's meeting.</summary>
    public Dictionary<string, string> StatementMeetings { get; } = new(StringComparer.Ordinal);

    /// <returns>The meeting the report joined or started.</returns>
    public MeetingState Apply(MeetingMention report)
    {
        var index = BestMatch(report);
        var known = index >= 0 ? _meetings[index] : New(report);
        var reports = Reports.TryGetValue(known.Id, out var list) ? list : Reports[known.Id] = [];
        var firstFromArticle = !reports.Any(r => r.ArticleId == report.ArticleId);
        if (firstFromArticle)
        {
            reports.Add((report.ArticleId, report.Source));
        }
        var meeting = index >= 0 || !firstFromArticle ? Merge(known, report, firstFromArticle) : known;
        if (index >= 0)
        {
            _meetings[index] = meeting;
        }
        else
        {
            _meetings.Add(meeting);
        }
        foreach (var statement in report.StatementIds)
        {
            StatementMeetings[statement] = meeting.Id;
        }
        return meeting;
    }

    private MeetingState New(MeetingMention report) => new(
        StableId.Of("meeting", grainKey, report.ArticleId, report.Ordinal.ToString(CultureInfo.InvariantCulture)),
        grainKey, report.Title, KindName(report.Kind), report.Date, report.Place, report.InPassing, [.. report.Participants], ReportCount: 1);

    private int BestMatch(MeetingMention report)
    {
        var incoming = Report(report.Participants, report.Date, report.Place, report.InPassing);
        var best = -1;
        var bestScore = int.MinValue;
        for (var i = 0; i < _meetings.Count; i++)
        {
            var known = _meetings[i];
            if (MeetingMatch.Score(Report(known.Participants, known.Date, known.Place, known.InPassing), incoming) is { } score && score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }
        return best;
    }

    private static MeetingReport Report(IEnumerable<MeetingParticipant> participants, string? date, string? place, bool inPassing) =>
        new([.. participants.Select(p => p.FamilyKey)], date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture), place, inPassing);

    /// <param name="counts">The report comes from an article not yet counted for this meeting.</param>
    private static MeetingState Merge(MeetingState known, MeetingMention report, bool counts)
    {
        var participants = known.Participants.ToList();
        foreach (var p in report.Participants.Where(p => !participants.Any(k => k.FamilyKey == p.FamilyKey)))
        {
            participants.Add(p with { Reports = 0 });
        }
        for (var i = 0; i < participants.Count; i++)
        {
            var named = report.Participants.FirstOrDefault(p => p.FamilyKey == participants[i].FamilyKey);
            if (named is null)
            {
                continue;
            }
            participants[i] = participants[i] with
            {
                Name = SpeakerIdentity.IsFuller(participants[i].Name, named.Name) ? named.Name : participants[i].Name,
                Reports = participants[i].Reports + (counts ? 1 : 0),
            };
        }
        var kind = Enum.Parse<MeetingKind>(known.Kind, ignoreCase: true);
        if (kind == MeetingKind.Meeting)
        {
            kind = report.Kind;
        }
        var place = known.Place is null || (report.Place is not null && report.Place.Length > known.Place.Length) ? report.Place ?? known.Place : known.Place;
        var merged = known with
        {
            Kind = KindName(kind),
            Date = known.Date ?? report.Date,
            Place = place,
            InPassing = known.InPassing && report.InPassing,
            Participants = participants,
            ReportCount = known.ReportCount + (counts ? 1 : 0),
        };
        return merged with { Title = MeetingTitle.Of(merged.Agreed.Select(p => p.Name), kind, place) };
    }

    private static string KindName(MeetingKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
