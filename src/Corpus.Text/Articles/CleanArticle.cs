namespace Corpus.Text.Articles;

/// <summary>The article alone: body paragraphs separated by a blank line, and the metadata found for it.</summary>
public sealed record CleanArticle(
    string? Title,
    IReadOnlyList<string> Authors,
    DateOnly? Published,
    string? Source,
    string Body)
{
    public const string ParagraphSeparator = "\n\n";

    public IEnumerable<string> Paragraphs => Body.Split(ParagraphSeparator, StringSplitOptions.RemoveEmptyEntries);
}
