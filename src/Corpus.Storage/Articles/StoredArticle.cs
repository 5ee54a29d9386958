namespace Corpus.Storage.Articles;

/// <summary>An article row as its grain reads it.</summary>
public sealed class StoredArticle
{
    public string Id { get; set; } = string.Empty;

    public string? ClientKey { get; set; }

    public string? Source { get; set; }

    public string? Url { get; set; }

    public string? Title { get; set; }

    public string? Published { get; set; }

    /// <summary>The uploaded text as stored (<see cref="StoredText"/>) until the article is taken in; <see cref="RawText"/> decompresses it.</summary>
    public byte[]? RawTextBrotli { get; set; }

    /// <summary>Once the article is taken in, the text its raw text is stored with (<see cref="StoredText.CompressWithRaw"/>).</summary>
    public byte[]? TakenInTextBrotli { get; set; }

    public byte[]? RawHtmlBrotli { get; set; }

    public string State { get; set; } = string.Empty;

    public long Arrival { get; set; }

    public string? RawText() => RawTextBrotli is not null ? StoredText.Decompress(RawTextBrotli) : StoredText.DecompressRaw(TakenInTextBrotli);

    public string? RawHtml() => StoredText.Decompress(RawHtmlBrotli);
}

/// <summary>An article not yet processed, and what was decided about it if it is settled.</summary>
public sealed class UnfinishedArticle
{
    public string Id { get; set; } = string.Empty;

    public long Arrival { get; set; }

    public string State { get; set; } = string.Empty;

    public string? DuplicateOf { get; set; }

    public string? TraceParent { get; set; }
}

/// <summary>What taking an article in decided about it, with its texts as stored: made where the article is analysed, so that the store's one writer only writes them.</summary>
/// <param name="CleanTextBrotli">The clean text (<see cref="StoredText.CompressWithRaw"/>), with the raw text unless there is an analysed text.</param>
/// <param name="AnalyzedTextBrotli">The text it was analysed and fingerprinted on, with the raw text, when outlet furniture was then taken out of it.</param>
/// <param name="Words">What the article word index holds of it (<see cref="Search.Words.OfArticle"/>).</param>
/// <param name="DuplicateOf">The canonical article of the earlier story it copies, or null for an original.</param>
/// <param name="CopySketch">What later articles are first compared with to tell whether they may copy it (Corpus.Text's <c>CopySketch</c>).</param>
public sealed record SettledArticle(
    string Id,
    string? Title,
    string? Published,
    string? Source,
    IReadOnlyList<string> Authors,
    byte[] CleanTextBrotli,
    byte[]? AnalyzedTextBrotli,
    string Words,
    string? DuplicateOf,
    byte[]? CopySketch)
{
    public static SettledArticle Of(
        string id, string? title, string? published, string? source, IReadOnlyList<string> authors, string? rawText, string cleanText, string? analyzedText, string? duplicateOf,
        byte[]? copySketch = null) =>
        new(
            id,
            title,
            published,
            source,
            authors,
            StoredText.CompressWithRaw(cleanText, analyzedText is null ? rawText : null),
            analyzedText is null ? null : StoredText.CompressWithRaw(analyzedText, rawText),
            Search.Words.OfArticle(title, cleanText),
            duplicateOf,
            copySketch);
}
