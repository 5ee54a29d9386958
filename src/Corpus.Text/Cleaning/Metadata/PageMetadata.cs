namespace Corpus.Text.Cleaning.Metadata;

/// <summary>What a page says about itself in JSON-LD, Open Graph and meta tags.</summary>
internal sealed record PageMetadata(string? Title, IReadOnlyList<string> Authors, DateOnly? Published, string? SiteName);
