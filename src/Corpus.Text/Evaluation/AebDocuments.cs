using System.Text.Json;

namespace Corpus.Text.Evaluation;

/// <summary>One page of the article-extraction-benchmark: its URL, the human-marked body and the whole-page text.</summary>
public sealed record AebDocument(string Id, string? Url, string GroundTruth, string? PageText);

/// <summary>Reads the benchmark's JSON files (given as text, so the core stays free of I/O).</summary>
public static class AebDocuments
{
    public static List<AebDocument> Parse(string groundTruthJson, string? pageTextJson)
    {
        var pageTexts = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (pageTextJson is not null)
        {
            using var pages = JsonDocument.Parse(pageTextJson);
            foreach (var page in pages.RootElement.EnumerateObject())
            {
                pageTexts[page.Name] = ArticleBody(page.Value);
            }
        }
        using var truth = JsonDocument.Parse(groundTruthJson);
        return truth.RootElement.EnumerateObject()
            .Select(entry => new AebDocument(
                entry.Name,
                entry.Value.TryGetProperty("url", out var url) ? url.GetString() : null,
                ArticleBody(entry.Value) ?? string.Empty,
                pageTexts.GetValueOrDefault(entry.Name)))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static string? ArticleBody(JsonElement entry) =>
        entry.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String ? body.GetString() : null;
}
