namespace Corpus.Storage.Articles;

/// <summary>An accepted article as the upload stores it, before any grain has seen it.</summary>
public sealed record ArticleToStore(
    string Id,
    string? ClientKey,
    string ContentHash,
    string? Source,
    string? Url,
    string? Title,
    string? Published,
    string? RawText,
    string? RawHtml);
