namespace Corpus.Text.Meetings;

/// <summary>A report of a meeting as the meeting grain compares it with the meetings it knows.</summary>
public sealed record MeetingReport(IReadOnlyCollection<string> Families, DateOnly? Date, string? Place, bool InPassing);

/// <summary>
/// Decides whether two reports describe one meeting: one's participants include the other's, dates within a
/// day, compatible places. A meeting mentioned only in passing joins another only on a positive match
/// (same date or same place), so a bare "when they last met" does not swallow today's meeting.
/// </summary>
public static class MeetingMatch
{
    public static bool DatesCompatible(DateOnly? a, DateOnly? b) => a is null || b is null || Math.Abs(a.Value.DayNumber - b.Value.DayNumber) <= 1;

    /// <returns>A score (higher is a better match), or null when the reports cannot be one meeting.</returns>
    public static int? Score(MeetingReport known, MeetingReport report)
    {
        var knownInReport = known.Families.All(report.Families.Contains);
        var reportInKnown = report.Families.All(known.Families.Contains);
        if (!(knownInReport || reportInKnown) || !DatesCompatible(known.Date, report.Date) || !MeetingPlaces.Compatible(known.Place, report.Place))
        {
            return null;
        }
        var sameDate = known.Date is not null && known.Date == report.Date;
        var samePlace = MeetingPlaces.Agree(known.Place, report.Place);
        if ((known.InPassing || report.InPassing) && !sameDate && !samePlace)
        {
            return null;
        }
        return (knownInReport && reportInKnown ? 2 : 0) + (sameDate ? 2 : 0) + (samePlace ? 2 : 0) + (known.InPassing == report.InPassing ? 1 : 0);
    }
}
