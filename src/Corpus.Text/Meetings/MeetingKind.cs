namespace Corpus.Text.Meetings;

/// <summary>How the participants met; the order runs from the least to the most specific.</summary>
public enum MeetingKind
{
    Meeting,
    Talks,
    Consultations,
    Summit,
    PressConference,
    PhoneCall,
}
