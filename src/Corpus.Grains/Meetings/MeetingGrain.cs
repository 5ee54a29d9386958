using System.Globalization;
using System.Text.Json;
using Corpus.Grains.Runtime;
using Corpus.Storage;
using Corpus.Storage.Meetings;
using Corpus.Storage.Queue;
using Corpus.Storage.Statements;
using Corpus.Text.Meetings;
using Corpus.Text.Speakers;

namespace Corpus.Grains.Meetings;

/// <summary>
/// The meetings whose first participant (in key order) is one person. Reports of one meeting by several
/// outlets become one meeting (participants that include one another, date within a day, compatible
/// place; the best-agreeing meeting wins); the same people on another day or at another place stay apart.
/// </summary>
public sealed class MeetingGrain : IGrain
{
    public const string KindName = "meeting";

    public string Kind => KindName;

    /// <summary>
    /// The grain a meeting report goes to: its first participant's family key. A report that names one
    /// participant more than another report of the same meeting still lands in the same grain, as long as
    /// the first participant is shared.
    /// </summary>
    public static string KeyOf(IEnumerable<string> familyKeys) => familyKeys.Distinct().Order(StringComparer.Ordinal).First();

    public Task<ITurn> PrepareAsync(IReadOnlyList<WorkItem> items, CancellationToken ct) =>
        Task.FromResult<ITurn>(new Turn([.. items.Select(i => (i.GrainKey, GrainMessages.Read<MeetingMessage>(i.Payload)))]));

    private sealed class Turn(List<(string Key, MeetingMessage Message)> messages) : ITurn
    {
        public async Task ApplyAsync(GrainTurn turn, CancellationToken ct)
        {
            foreach (var grain in messages.GroupBy(m => m.Key, StringComparer.Ordinal))
            {
                var meetings = await MeetingRows.LoadGrainAsync(turn.Transaction, grain.Key, ct);
                foreach (var (_, report) in grain.OrderBy(m => m.Message.InPassing).ThenBy(m => m.Message.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Message.Ordinal))
                {
                    var index = BestMatch(meetings, report);
                    var known = index >= 0 ? meetings[index] : New(grain.Key, report);
                    var firstFromArticle = await MeetingRows.AddReportAsync(turn.Transaction, known.Id, report.ArticleId, report.Source, ct);
                    var meeting = index >= 0 || !firstFromArticle ? Merge(known, report, firstFromArticle) : known;
                    if (index >= 0)
                    {
                        meetings[index] = meeting;
                    }
                    else
                    {
                        meetings.Add(meeting);
                    }
                    await MeetingRows.UpsertAsync(turn.Transaction, meeting, turn.NowMs, ct);
                    await StatementRows.SetAsync(turn.Transaction, "meeting_id", report.StatementIds.Select(s => (s, (string?)meeting.Id)), ct);
                }
            }
        }

        private static MeetingState New(string grainKey, MeetingMessage report) => new(
            StableId.Of("meeting", grainKey, report.ArticleId, report.Ordinal.ToString(CultureInfo.InvariantCulture)),
            grainKey, report.Title, KindName(report.Kind), report.Date, report.Place, report.InPassing, [.. report.Participants], ReportCount: 1);

        private static int BestMatch(List<MeetingState> meetings, MeetingMessage report)
        {
            var incoming = Report(report.Participants, report.Date, report.Place, report.InPassing);
            var best = -1;
            var bestScore = int.MinValue;
            for (var i = 0; i < meetings.Count; i++)
            {
                var known = meetings[i];
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
        private static MeetingState Merge(MeetingState known, MeetingMessage report, bool counts)
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
}
