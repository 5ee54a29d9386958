using Corpus.Storage;
using Corpus.Storage.Facts;
using Corpus.Storage.Meetings;
using Corpus.Storage.Statements;

namespace Corpus.Grains.Meetings;

/// <summary>
/// The meetings whose first participant (in key order) is of one family. Its state derives from the reports original
/// articles store once when they are settled, taken in upload order (<see cref="MeetingReplay"/>); on activation it
/// derives them again and its first call writes them whole, and each later report writes only the meeting it joined or
/// started.
/// </summary>
public sealed class MeetingGrain(ICorpusStore store, StoreWriter writer, TimeProvider clock) : Grain, IMeetingGrain
{
    private readonly UploadOrder<MeetingMention> _reports = new(m => (m.Arrival, 0), m => (m.Arrival, m.Ordinal));
    private MeetingReplay _meetings = null!;
    private bool _reconciled;

    private string GrainKey => this.GetPrimaryKeyString();

    /// <summary>
    /// The grain a meeting report goes to: its first participant's family key. A report that names one participant
    /// more than another report of the same meeting still lands in the same grain, as long as the first is shared.
    /// </summary>
    public static string KeyOf(IEnumerable<string> familyKeys) => familyKeys.Distinct().Order(StringComparer.Ordinal).First();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await store.OpenAsync(cancellationToken))
        {
            var stored = await MeetingMentionRows.LoadGrainAsync(connection, GrainKey, cancellationToken);
            _reports.Add(stored.Select(m => Json.Read<MeetingMention?>(m.Report, null)).OfType<MeetingMention>(), out _);
        }
    }

    public async Task ReportAsync(IReadOnlyList<MeetingMention> mentions)
    {
        var fresh = _reports.Add(mentions, out var inOrder);
        try
        {
            if (!_reconciled || !inOrder)
            {
                await ReplayAsync();
                _reconciled = true;
                return;
            }
            if (fresh.Count == 0)
            {
                return;
            }
            // Only the new reports are written: a much-reported meeting is not rewritten whole for each of them.
            var reports = new Dictionary<string, List<(string ArticleId, string? Source)>>(StringComparer.Ordinal);
            foreach (var report in fresh)
            {
                var meeting = _meetings.Apply(report);
                (reports.TryGetValue(meeting.Id, out var list) ? list : reports[meeting.Id] = []).Add((report.ArticleId, report.Source));
            }
            await WriteAsync(_meetings.Meetings.Where(m => reports.ContainsKey(m.Id)).ToList(), fresh.SelectMany(f => f.StatementIds), deleteOthers: false, reports);
        }
        catch
        {
            // The reports are taken in but perhaps not written: the next call writes the grain whole.
            _reconciled = false;
            throw;
        }
    }

    /// <summary>Makes the meetings anew from every report in upload order and writes them whole.</summary>
    private async Task ReplayAsync()
    {
        _meetings = new MeetingReplay(GrainKey);
        foreach (var report in _reports.All)
        {
            _meetings.Apply(report);
        }
        await WriteAsync([.. _meetings.Meetings], _meetings.StatementMeetings.Keys, deleteOthers: true,
            _meetings.Reports.ToDictionary(r => r.Key, r => r.Value.ToList(), StringComparer.Ordinal));
    }

    /// <param name="reports">The reports to store, per meeting (stored ones are kept).</param>
    private async Task WriteAsync(
        List<MeetingState> meetings, IEnumerable<string> statements, bool deleteOthers, Dictionary<string, List<(string ArticleId, string? Source)>> reports)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var links = statements.Select(s => (s, (string?)_meetings.StatementMeetings[s])).ToList();
        var kept = _meetings.Meetings.Select(m => m.Id).ToList();
        await writer.WriteAsync(async (tx, ct) =>
        {
            if (deleteOthers)
            {
                await MeetingRows.DeleteOthersAsync(tx, GrainKey, kept, ct);
            }
            foreach (var meeting in meetings.OrderBy(m => m.Id, StringComparer.Ordinal))
            {
                await MeetingRows.UpsertAsync(tx, meeting, reports.GetValueOrDefault(meeting.Id) ?? [], now, ct);
            }
            await StatementLinks.SetAsync(tx, StatementLink.Meeting, links, ct);
        });
    }
}
