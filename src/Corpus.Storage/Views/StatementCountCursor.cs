using System.Globalization;

namespace Corpus.Storage.Views;

/// <summary>Where a page of speakers by statement count ends: the last row's count and id, in the order the list is sorted by.</summary>
public sealed record StatementCountCursor(long StatementCount, string Id)
{
    private const char Separator = '\n';

    public string Encode() => StatementCount.ToString(CultureInfo.InvariantCulture) + Separator + Id;

    /// <summary>Reads the sort key of a cursor (already checked as one this service gave out); false for one of another list.</summary>
    public static bool TryDecode(string sortKey, out StatementCountCursor? cursor)
    {
        cursor = null;
        if (sortKey.Split(Separator) is [var count, var id]
            && long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && id.Length > 0)
        {
            cursor = new StatementCountCursor(parsed, id);
        }
        return cursor is not null;
    }

    /// <summary>Whether a page's sort key belongs to the list by statement count (true) or is a plain id (false); none is either.</summary>
    public static bool IsOne(string sortKey) => TryDecode(sortKey, out _);
}
