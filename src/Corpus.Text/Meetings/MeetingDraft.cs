namespace Corpus.Text.Meetings;

/// <summary>A meeting as one article builds it up mention by mention.</summary>
internal sealed class MeetingDraft(IReadOnlyList<string> families, MeetingKind kind, DateOnly? date, string? place, bool inPassing)
{
    public IReadOnlyList<string> Families { get; private set; } = families;

    public MeetingKind Kind { get; private set; } = kind;

    public HashSet<MeetingKind> Kinds { get; } = [kind];

    public DateOnly? Date { get; private set; } = date;

    public string? Place { get; private set; } = place;

    public bool InPassing { get; } = inPassing;

    /// <summary>Where the article mentions this meeting: (offset, paragraph).</summary>
    public List<(int Offset, int Paragraph)> Mentions { get; } = [];

    public bool Accepts(IReadOnlyCollection<string> families, DateOnly? date, string? place, bool inPassing) =>
        InPassing == inPassing
        && families.Count == Families.Count && families.All(Families.Contains)
        && MeetingMatch.DatesCompatible(Date, date)
        && MeetingPlaces.Compatible(Place, place);

    /// <summary>Takes what a later mention adds: a date or place it lacked, a more specific kind.</summary>
    public void Absorb(MeetingKind kind, DateOnly? date, string? place, bool mayChangeKind)
    {
        Kinds.Add(kind);
        if (mayChangeKind && Kind == MeetingKind.Meeting)
        {
            Kind = kind;
        }
        if (MeetingMatch.DatesCompatible(Date, date))
        {
            Date ??= date;
        }
        if (MeetingPlaces.Compatible(Place, place) && place is not null && (Place is null || place.Length > Place.Length))
        {
            Place = place;
        }
    }

    public void AddFamily(string family)
    {
        if (!Families.Contains(family))
        {
            Families = [.. Families, family];
        }
    }

    public bool Includes(string? family) => family is not null && Families.Contains(family);
}
