using System.Globalization;
using Corpus.Grains.Runtime;
using Corpus.Storage;
using Corpus.Storage.Meetings;
using Corpus.Storage.Queue;
using Corpus.Storage.Statements;
using Corpus.Text.Speakers;

namespace Corpus.Grains.Meetings;

/// <summary>
/// The meetings of one set of participants. Reports of the same meeting by several outlets become one
/// meeting (date within a day, compatible place); other dates or places stay apart.
/// </summary>
public sealed class MeetingGrain : IGrain
{
    public const string KindName = "meeting";

    public string Kind => KindName;

    public Task<ITurn> PrepareAsync(IReadOnlyList<WorkItem> items, CancellationToken ct) =>
        Task.FromResult<ITurn>(new Turn([.. items.Select(i => (i.GrainKey, GrainMessages.Read<MeetingMessage>(i.Payload)))]));

    private sealed class Turn(List<(string Key, MeetingMessage Message)> messages) : ITurn
    {
        public async Task ApplyAsync(GrainTurn turn, CancellationToken ct)
        {
            foreach (var grain in messages.GroupBy(m => m.Key, StringComparer.Ordinal))
            {
                var meetings = await MeetingRows.LoadGrainAsync(turn.Transaction, grain.Key, ct);
                foreach (var (_, report) in grain)
                {
                    var index = meetings.FindIndex(m => SameMeeting(m, report));
                    MeetingState meeting;
                    if (index < 0)
                    {
                        meeting = new MeetingState(
                            StableId.Of("meeting", grain.Key, report.ArticleId, report.Ordinal.ToString(CultureInfo.InvariantCulture)),
                            grain.Key, report.Title, report.Kind.ToString(), report.Date, report.Place, report.InPassing, [.. report.Participants]);
                        meetings.Add(meeting);
                    }
                    else
                    {
                        meeting = Merge(meetings[index], report);
                        meetings[index] = meeting;
                    }
                    await MeetingRows.UpsertAsync(turn.Transaction, meeting, turn.NowMs, ct);
                    await MeetingRows.AddReportAsync(turn.Transaction, meeting.Id, report.ArticleId, report.Source, ct);
                    await StatementRows.SetAsync(turn.Transaction, "meeting_id", report.StatementIds.Select(s => (s, (string?)meeting.Id)), ct);
                }
            }
        }

        private static bool SameMeeting(MeetingState known, MeetingMessage report) =>
            DatesAgree(known.Date, report.Date) && PlacesAgree(known.Place, report.Place);

        private static bool DatesAgree(string? a, string? b) =>
            a is null || b is null || Math.Abs(DateOnly.Parse(a, CultureInfo.InvariantCulture).DayNumber - DateOnly.Parse(b, CultureInfo.InvariantCulture).DayNumber) <= 1;

        private static bool PlacesAgree(string? a, string? b)
        {
            if (a is null || b is null)
            {
                return true;
            }
            var fa = SpeakerNames.Fold(a);
            var fb = SpeakerNames.Fold(b);
            return fa.Contains(fb, StringComparison.Ordinal) || fb.Contains(fa, StringComparison.Ordinal);
        }

        private static MeetingState Merge(MeetingState known, MeetingMessage report)
        {
            var participants = known.Participants.ToList();
            foreach (var p in report.Participants.Where(p => !participants.Any(k => k.FamilyKey == p.FamilyKey)))
            {
                participants.Add(p);
            }
            for (var i = 0; i < participants.Count; i++)
            {
                var fuller = report.Participants.FirstOrDefault(p => p.FamilyKey == participants[i].FamilyKey && SpeakerIdentity.IsFuller(participants[i].Name, p.Name));
                if (fuller is not null)
                {
                    participants[i] = fuller;
                }
            }
            return known with
            {
                Date = known.Date ?? report.Date,
                Place = known.Place ?? report.Place,
                InPassing = known.InPassing && report.InPassing,
                Participants = participants,
            };
        }
    }
}
