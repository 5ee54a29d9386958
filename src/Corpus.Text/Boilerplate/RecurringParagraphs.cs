using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Corpus.Text.Articles;
using Corpus.Text.Normalization;

namespace Corpus.Text.Boilerplate;

/// <summary>
/// Boilerplate learnt across a corpus, CCNet-style: a paragraph that recurs in many articles of one outlet
/// is that outlet's furniture (a newsletter prompt, a republishing notice, an author bio). Counting per
/// outlet keeps a quote that several outlets carry from ever looking like boilerplate, and paragraphs with
/// quotation marks are never counted at all.
/// </summary>
public static class RecurringParagraphs
{
    /// <summary>Distinct articles of one outlet a paragraph must appear in before it is dropped.</summary>
    public const int Threshold = 3;

    private const int MaxWords = 80;

    public static long Fingerprint(string paragraph)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(TextNormalizer.ForComparison(paragraph)));
        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }

    /// <summary>Whether a paragraph may be learnt as boilerplate: short enough, and quoting nobody.</summary>
    public static bool IsCandidate(string paragraph) =>
        paragraph.AsSpan().IndexOfAny("\"“”«»") < 0
        && !paragraph.Contains("''", StringComparison.Ordinal)
        && paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords;

    /// <summary>The fingerprints an article contributes to its outlet's counts, each once.</summary>
    public static IReadOnlyList<long> Contributions(CleanArticle article) =>
        [.. article.Paragraphs.Where(IsCandidate).Select(Fingerprint).Distinct()];

    /// <summary>Takes out of a body the candidate paragraphs whose fingerprints are given.</summary>
    public static ParagraphRemoval Remove(string body, IReadOnlySet<long> fingerprints) =>
        ParagraphRemoval.Of(body, p => fingerprints.Count > 0 && IsCandidate(p) && fingerprints.Contains(Fingerprint(p)));
}
