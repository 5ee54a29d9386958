using System.Buffers;
using System.Text.Json;

namespace Corpus.Text.Cleaning.Metadata;

/// <summary>The article object of a page's JSON-LD (NewsArticle, Article, BlogPosting...), wherever it is nested.</summary>
internal static class JsonLdReader
{
    /// <summary>Reads the page source directly: the parser skips script text, which is most of a page's bytes.</summary>
    public static PageMetadata? Read(string html)
    {
        foreach (var script in Scripts(html))
        {
            try
            {
                using var json = JsonDocument.Parse(script, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement) is { } article)
                {
                    return new PageMetadata(
                        String(article, "headline"),
                        Authors(article),
                        DateParsing.Parse(String(article, "datePublished")),
                        article.TryGetProperty("publisher", out var publisher) ? Name(publisher) : null);
                }
            }
            catch (JsonException)
            {
                // Pages often ship broken JSON-LD; the other metadata sources still apply.
            }
        }
        return null;
    }

    private static IEnumerable<string> Scripts(string html)
    {
        for (var at = IndexOfMarker(html, 0); at >= 0; at = IndexOfMarker(html, at + Marker.Length))
        {
            var open = html.LastIndexOf('<', at);
            var start = html.IndexOf('>', at);
            if (open < 0 || start < 0 || !html.AsSpan(open).StartsWith("<script", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var end = html.IndexOf("</script", start, StringComparison.OrdinalIgnoreCase);
            if (end > start)
            {
                yield return Unwrap(html[(start + 1)..end]);
            }
        }
    }

    private const string Marker = "application/ld+json";

    /// <summary>A vectorised search for the marker: a case-insensitive IndexOf over the whole page cost more than parsing the JSON.</summary>
    private static readonly SearchValues<string> MarkerSearch = SearchValues.Create([Marker], StringComparison.OrdinalIgnoreCase);

    private static int IndexOfMarker(string html, int from)
    {
        var found = html.AsSpan(from).IndexOfAny(MarkerSearch);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Old pages hide script bodies inside HTML comments.</summary>
    private static string Unwrap(string script)
    {
        var text = script.Trim();
        if (text.StartsWith("<!--", StringComparison.Ordinal))
        {
            text = text[4..];
        }
        return text.EndsWith("-->", StringComparison.Ordinal) ? text[..^3] : text;
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.Object:
                if (IsArticleType(element))
                {
                    return element;
                }
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object && FindArticle(property.Value) is { } nested)
                    {
                        return nested;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }
        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.ToString())
            : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting");
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : null;

    private static string? Name(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Object => String(element, "name"),
        JsonValueKind.Array => element.EnumerateArray().Select(Name).FirstOrDefault(n => n is not null),
        _ => null,
    };

    private static List<string> Authors(JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author))
        {
            return [];
        }
        var entries = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author];
        return entries
            .Where(e => e.ValueKind == JsonValueKind.String || (e.ValueKind == JsonValueKind.Object && !IsOrganization(e)))
            .Select(Name)
            .OfType<string>()
            .SelectMany(Bylines.SplitNames)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static bool IsOrganization(JsonElement element) =>
        element.TryGetProperty("@type", out var type) && type.ToString() == "Organization";
}
