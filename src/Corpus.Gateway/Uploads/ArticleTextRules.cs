namespace Corpus.Gateway.Uploads;

/// <summary>
/// What a field of an article may hold so that both stores keep it alike: PostgreSQL text cannot hold NUL, and an
/// unpaired surrogate is not text at all (it has no UTF-8 form), so either is rejected with the line rather than
/// failing the store.
/// </summary>
public static class ArticleTextRules
{
    /// <returns>Why <paramref name="value"/> cannot be stored, or null when it can.</returns>
    public static string? Problem(string field, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                return $"\"{field}\" contains a NUL character (\\u0000), which the store cannot hold";
            }
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                return $"\"{field}\" contains an unpaired surrogate (\\u{(int)c:x4}), which is not text";
            }
        }
        return null;
    }
}
