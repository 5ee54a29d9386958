namespace Corpus.Storage.Facts;

/// <summary>A mention's place in upload order: its article's arrival, then its place among the article's mentions.</summary>
public readonly record struct MentionPlace(long Arrival, long Ordinal) : IComparable<MentionPlace>
{
    public static MentionPlace Of(StoredMention mention) => new(mention.Arrival, mention.Ordinal);

    public int CompareTo(MentionPlace other) => (Arrival, Ordinal).CompareTo((other.Arrival, other.Ordinal));

    public static bool operator <(MentionPlace a, MentionPlace b) => a.CompareTo(b) < 0;

    public static bool operator >(MentionPlace a, MentionPlace b) => a.CompareTo(b) > 0;

    public static bool operator <=(MentionPlace a, MentionPlace b) => a.CompareTo(b) <= 0;

    public static bool operator >=(MentionPlace a, MentionPlace b) => a.CompareTo(b) >= 0;
}
