namespace Corpus.Storage.Articles;

/// <summary>An article row as a grain reads it.</summary>
public sealed class StoredArticle
{
    public string Id { get; set; } = string.Empty;

    public string? ClientKey { get; set; }

    public string? Source { get; set; }

    public string? Url { get; set; }

    public string? Title { get; set; }

    public string? Published { get; set; }

    public string? RawText { get; set; }

    public string? RawHtml { get; set; }

    public string State { get; set; } = string.Empty;
}

/// <summary>What the article grain writes back after its turn.</summary>
public sealed record ProcessedArticle(
    string Id,
    string? Title,
    string? Published,
    string? Source,
    IReadOnlyList<string> Authors,
    string CleanText,
    string? AnalyzedText,
    string? DuplicateOf);
