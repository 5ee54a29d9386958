namespace Corpus.Text.Articles;

/// <summary>An article as uploaded: either plain text or HTML, with whatever metadata the client gave.</summary>
public sealed record ArticleDraft(
    string? Title,
    string? Text,
    string? Html,
    string? Url,
    string? Source,
    DateOnly? Published);
