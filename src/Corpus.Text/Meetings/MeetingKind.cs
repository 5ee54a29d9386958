namespace Corpus.Text.Meetings;

public enum MeetingKind
{
    Meeting,
    Talks,
    PressConference,
    Summit,
    PhoneCall,
}
