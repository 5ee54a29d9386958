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

/// <summary>What the article grain writes back once it has analysed an article.</summary>
/// <param name="AnalyzedText">The text the article was analysed and fingerprinted on, when outlet furniture was then taken out of it.</param>
/// <param name="Arrival">The article's place in the order articles arrived in.</param>
public sealed record IndexedArticle(
    string Id,
    string? Title,
    string? Published,
    string? Source,
    IReadOnlyList<string> Authors,
    string CleanText,
    string? AnalyzedText,
    long Arrival);
