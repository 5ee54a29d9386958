namespace Corpus.Storage.Facts;

/// <summary>
/// A fact's place in upload order: its article's arrival, then its place among that article's facts of its kind (a
/// mention's ordinal, a statement's).
/// </summary>
public readonly record struct FactPlace(long Arrival, long Ordinal) : IComparable<FactPlace>
{
    public static FactPlace Of(StoredMention mention) => new(mention.Arrival, mention.Ordinal);

    public int CompareTo(FactPlace other) => (Arrival, Ordinal).CompareTo((other.Arrival, other.Ordinal));

    public static bool operator <(FactPlace a, FactPlace b) => a.CompareTo(b) < 0;

    public static bool operator >(FactPlace a, FactPlace b) => a.CompareTo(b) > 0;

    public static bool operator <=(FactPlace a, FactPlace b) => a.CompareTo(b) <= 0;

    public static bool operator >=(FactPlace a, FactPlace b) => a.CompareTo(b) >= 0;
}
