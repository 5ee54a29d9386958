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

    /// <summary>The uploaded text as stored (<see cref="StoredText"/>); <see cref="RawText"/> decompresses it.</summary>
    public byte[]? RawTextBrotli { get; set; }

    public byte[]? RawHtmlBrotli { get; set; }

    public string State { get; set; } = string.Empty;

    public long Arrival { get; set; }

    public string? RawText() => StoredText.Decompress(RawTextBrotli);

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

/// <summary>What taking an article in decided about it.</summary>
/// <param name="AnalyzedText">The text it was analysed and fingerprinted on, when outlet furniture was then taken out of it.</param>
/// <param name="DuplicateOf">The canonical article of the earlier story it copies, or null for an original.</param>
public sealed record SettledArticle(
    string Id,
    string? Title,
    string? Published,
    string? Source,
    IReadOnlyList<string> Authors,
    string CleanText,
    string? AnalyzedText,
    string? DuplicateOf);
