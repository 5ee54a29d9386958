using System.Globalization;

namespace Corpus.Storage.Search;

/// <summary>
/// Where a page of search results ends: the last row's score (with a query only), its article's day and its id,
/// in the order results are sorted by.
/// </summary>
public sealed record SearchCursor(double? Score, string Day, string Id)
{
    private const char Separator = '\n';

    public string Encode() =>
        string.Join(Separator, Score is { } score ? [score.ToString("R", CultureInfo.InvariantCulture), Day, Id] : new[] { Day, Id });

    /// <summary>
    /// Reads the sort key of a cursor; false for one another list gave out, or one given without a query used with one
    /// (or the other way round).
    /// </summary>
    public static bool TryDecode(string sortKey, bool ranked, out SearchCursor? cursor)
    {
        cursor = null;
        var parts = sortKey.Split(Separator);
        if (ranked && parts is [var score, var rankedDay, var rankedId]
            && double.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && IsKey(rankedDay, rankedId))
        {
            cursor = new SearchCursor(parsed, rankedDay, rankedId);
        }
        else if (!ranked && parts is [var day, var id] && IsKey(day, id))
        {
            cursor = new SearchCursor(null, day, id);
        }
        return cursor is not null;
    }

    private static bool IsKey(string day, string id) => day.Length <= 10 && id.Length > 0;
}
