using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Corpus.Storage;

/// <summary>Short ids derived from content, so that a replayed turn writes the same rows again.</summary>
public static class StableId
{
    public static string Of(string kind, params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\u001f" + string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }

    /// <summary>
    /// A statement's id: the first ten hex digits of its article's id, then six of <see cref="Of"/> the article and the
    /// statement's number. One article's statements so sit side by side in every index keyed by statement id, and a
    /// commit writes about one page of each such index per article instead of one per statement; two statements share
    /// an id as rarely as two ids of <see cref="Of"/> do, since a shared prefix (40 bits) must meet a shared hash (24 bits).
    /// </summary>
    public static string OfStatement(string articleId, int ordinal) =>
        string.Concat(articleId.AsSpan(0, Math.Min(10, articleId.Length)), Of("statement", articleId, ordinal.ToString(CultureInfo.InvariantCulture)).AsSpan(0, 6));
}
