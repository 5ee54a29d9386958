using Corpus.Text.Meetings;

namespace Corpus.Text.Tests.Meetings;

public class MeetingMatchTests
{
    private static readonly DateOnly Day = new(2031, 3, 11);

    private static MeetingReport Report(string[] families, DateOnly? date, string? place, bool inPassing = false) => new(families, date, place, inPassing);

    [Fact]
    public void Same_participants_a_day_apart_and_compatible_places_are_one_meeting()
    {
        Assert.NotNull(MeetingMatch.Score(Report(["a", "b"], Day, "White House"), Report(["a", "b"], Day.AddDays(1), "Oval Office")));
        Assert.NotNull(MeetingMatch.Score(Report(["a", "b"], Day, null), Report(["a", "b"], null, "State Department")));
    }

    [Fact]
    public void Different_places_or_dates_more_than_a_day_apart_stay_two()
    {
        Assert.Null(MeetingMatch.Score(Report(["a", "b"], Day, "State Department"), Report(["a", "b"], Day, "White House")));
        Assert.Null(MeetingMatch.Score(Report(["a", "b"], Day, null), Report(["a", "b"], Day.AddDays(3), null)));
        Assert.Null(MeetingMatch.Score(Report(["a", "b"], Day, null), Report(["a", "c"], Day, null)));
    }

    [Fact]
    public void A_report_naming_one_more_participant_prefers_the_meeting_whose_place_agrees()
    {
        var stateDepartment = Report(["a", "b"], Day, "State Department");
        var whiteHouse = Report(["a", "c"], Day, "Oval Office");
        var threeAtWhiteHouse = Report(["a", "b", "c"], null, "White House");
        Assert.Null(MeetingMatch.Score(stateDepartment, threeAtWhiteHouse));
        Assert.NotNull(MeetingMatch.Score(whiteHouse, threeAtWhiteHouse));
    }

    [Fact]
    public void A_meeting_in_passing_joins_only_on_a_positive_match()
    {
        Assert.Null(MeetingMatch.Score(Report(["a", "b"], null, null), Report(["a", "b"], null, null, inPassing: true)));
        Assert.NotNull(MeetingMatch.Score(Report(["a", "b"], null, "Helsinki", inPassing: true), Report(["a", "b"], null, "Helsinki", inPassing: true)));
    }
}
