namespace Corpus.Text.Meetings;

public static class MeetingTitle
{
    /// <summary>"Mike Pompeo – Sergey Lavrov: talks, State Department".</summary>
    public static string Of(IEnumerable<string> participants, MeetingKind kind, string? place)
    {
        var what = kind switch
        {
            MeetingKind.Talks => "talks",
            MeetingKind.Consultations => "consultations",
            MeetingKind.Summit => "summit",
            MeetingKind.PressConference => "joint press conference",
            MeetingKind.PhoneCall => "phone call",
            _ => "meeting",
        };
        var who = string.Join(" – ", participants);
        return place is null ? $"{who}: {what}" : $"{who}: {what}, {place}";
    }
}
