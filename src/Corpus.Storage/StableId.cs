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
    /// A statement's id: <c>s</c>, its article's arrival in nine hex digits, then its number in six. Arrivals are counted
    /// in upload order, so a commit's statements go to the end of every index keyed by statement id (the statements'
    /// own and their speaker, quote and meeting links) instead of to a page of their own all over each, and two
    /// statements never share an id. Statements stored before this form keep their ids, all hex digits, so the
    /// <c>s</c> keeps the two apart. An arrival or number that does not fit (a store whose first arrivals were counted
    /// below zero) takes that older form: the first ten hex digits of the article's id, then six of <see cref="Of"/>.
    /// </summary>
    public static string OfStatement(string articleId, long arrival, int ordinal) =>
        arrival is >= 0 and <= MaxArrival && ordinal is >= 0 and <= MaxOrdinal
            ? string.Create(CultureInfo.InvariantCulture, $"s{arrival:x9}{ordinal:x6}")
            : string.Concat(articleId.AsSpan(0, Math.Min(10, articleId.Length)), Of("statement", articleId, ordinal.ToString(CultureInfo.InvariantCulture)).AsSpan(0, 6));

    /// <summary>The largest arrival a statement id of the newer form holds.</summary>
    public const long MaxArrival = (1L << 36) - 1;

    private const int MaxOrdinal = (1 << 24) - 1;
}
