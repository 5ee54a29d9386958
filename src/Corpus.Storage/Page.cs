using System.Text;

namespace Corpus.Storage;

/// <summary>One page of a list: its items and the cursor of the next page (null at the end).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>A keyset page request: at most <see cref="Limit"/> rows after the row the cursor names.</summary>
public sealed record PageRequest(int Limit, string? After)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static bool TryCreate(int? limit, string? cursor, out PageRequest request, out string? error)
    {
        request = new PageRequest(DefaultLimit, null);
        error = null;
        if (limit is < 1 or > MaxLimit)
        {
            error = $"limit must be between 1 and {MaxLimit}.";
            return false;
        }
        string? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            try
            {
                after = Encoding.UTF8.GetString(Convert.FromBase64String(cursor.Replace('-', '+').Replace('_', '/').PadRight(cursor.Length + ((4 - (cursor.Length % 4)) % 4), '=')));
            }
            catch (FormatException)
            {
                error = "cursor is not one this service gave out.";
                return false;
            }
        }
        request = new PageRequest(limit ?? DefaultLimit, after);
        return true;
    }

    public static string EncodeCursor(string sortKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(sortKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Cuts the extra row fetched to know whether another page follows.</summary>
    public Page<T> ToPage<T>(IReadOnlyList<T> rowsPlusOne, Func<T, string> sortKey) =>
        rowsPlusOne.Count > Limit
            ? new Page<T>(rowsPlusOne.Take(Limit).ToList(), EncodeCursor(sortKey(rowsPlusOne[Limit - 1])))
            : new Page<T>(rowsPlusOne, null);
}
