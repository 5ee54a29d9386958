using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Corpus.Storage.Articles;

namespace Corpus.Storage.Statements;

/// <summary>
/// A statement's text is stored only where its article's clean text does not hold it between the statement's start
/// and end offsets (migration 0037); otherwise the row's text is null and it is read from the clean text. Readers
/// read <see cref="CleanTextColumn"/> with each row, or the articles' clean texts in one snapshot with the rows
/// (<see cref="Add"/>), so that a clean text and the offsets into it agree; each is decompressed once.
/// </summary>
public sealed class StatementTexts
{
    /// <summary>Clean texts kept while a stream of rows is read: enough for the statements of the articles on hand.</summary>
    private const int KeptCleanTexts = 64;

    private readonly Dictionary<string, string> _cleanTexts = new(StringComparer.Ordinal);

    /// <summary>Whether clean texts were added, which are kept however many.</summary>
    private bool _added;

    /// <summary>The compressed clean text of the article <c>a</c> of the statement <c>st</c>, where the statement's text is not stored.</summary>
    public const string CleanTextColumn = "CASE WHEN st.text IS NULL THEN a.clean_text_brotli END";

    /// <summary>Whether <paramref name="text"/> is what <paramref name="cleanText"/> holds from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static bool IsSlice(string text, string cleanText, long start, long end) =>
        start >= 0 && start <= end && end <= cleanText.Length && cleanText.AsSpan((int)start, (int)(end - start)).SequenceEqual(text);

    /// <summary>
    /// The hash a quote link keeps of its statement's text (migration 0047): a variant whose hash is that of its quote's
    /// canonical text words the quote so, and is shown without reading its article.
    /// </summary>
    public static long WordingHash(string text) => BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>An article's clean text, read in the same transaction as the rows that will ask for it.</summary>
    public void Add(string articleId, string cleanText)
    {
        _cleanTexts[articleId] = cleanText;
        _added = true;
    }

    /// <param name="stored">The row's text.</param>
    /// <param name="cleanTextBrotli">The row's <see cref="CleanTextColumn"/>.</param>
    public string Of(string? stored, string articleId, byte[]? cleanTextBrotli, long start, long end)
    {
        if (stored is not null)
        {
            return stored;
        }
        if (!_cleanTexts.TryGetValue(articleId, out var cleanText))
        {
            if (_cleanTexts.Count >= KeptCleanTexts && !_added)
            {
                _cleanTexts.Clear();
            }
            cleanText = _cleanTexts[articleId] = StoredText.DecompressClean(cleanTextBrotli)
                ?? throw new InvalidOperationException($"Article {articleId} has no clean text to read its statements' texts from.");
        }
        return cleanText[(int)start..(int)end];
    }
}
