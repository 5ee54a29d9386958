using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace Corpus.Gateway.Uploads;

/// <summary>Validates one uploaded article and says exactly what is wrong with a bad one.</summary>
public sealed class ArticleParser(long maxArticleBytes)
{
    private static readonly string[] Fields = ["key", "source", "url", "title", "published", "text", "html"];

    public UploadLine Parse(long line, ReadOnlySpan<byte> json)
    {
        if (!Utf8.IsValid(json))
        {
            return UploadLine.Rejected(line, "invalid UTF-8");
        }
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            return Parse(line, document.RootElement);
        }
        catch (JsonException ex)
        {
            return UploadLine.Rejected(line, $"invalid JSON: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return UploadLine.Rejected(line, $"could not read the line: {ex.Message}");
        }
    }

    public UploadLine Parse(long line, JsonElement element)
    {
        try
        {
            return ParseObject(line, element);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever the JSON holds, one line must never fail the upload.
            return UploadLine.Rejected(line, $"could not read the article: {ex.Message}");
        }
    }

    private UploadLine ParseObject(long line, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return UploadLine.Rejected(line, $"an article must be a JSON object, not {element.ValueKind.ToString().ToLowerInvariant()}");
        }
        var known = KnownFields(element);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (!known.TryGetValue(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }
            if (value.ValueKind != JsonValueKind.String)
            {
                return UploadLine.Rejected(line, $"\"{field}\" must be a string", values.GetValueOrDefault("key"));
            }
            if (!TryGetText(value, out var text))
            {
                return UploadLine.Rejected(line, $"\"{field}\" contains an unpaired surrogate escape (such as \\ud800), which is not text", values.GetValueOrDefault("key"));
            }
            values[field] = text;
        }
        return Validate(line, values);
    }

    public UploadLine Validate(long line, IReadOnlyDictionary<string, string?> values)
    {
        foreach (var (field, value) in values)
        {
            if (value is not null && ArticleTextRules.Problem(field, value) is { } problem)
            {
                var storableKey = field == "key" ? null : values.GetValueOrDefault("key");
                return UploadLine.Rejected(line, problem, storableKey);
            }
        }
        var key = Blank(values.GetValueOrDefault("key"));
        var text = Blank(values.GetValueOrDefault("text"));
        var html = Blank(values.GetValueOrDefault("html"));
        if (text is null && html is null)
        {
            return UploadLine.Rejected(line, "an article needs \"text\" or \"html\"", key);
        }
        if ((text?.Length ?? 0) > maxArticleBytes || (html?.Length ?? 0) > maxArticleBytes)
        {
            return UploadLine.Rejected(line, $"article is larger than the {maxArticleBytes} byte limit", key);
        }
        var published = Blank(values.GetValueOrDefault("published"));
        string? normalizedDate = null;
        if (published is not null && !TryNormalizeDate(published, out normalizedDate))
        {
            return UploadLine.Rejected(line, $"\"published\" is not an ISO 8601 date or date-time: '{published}'", key);
        }
        return UploadLine.Accepted(line, new UploadedArticle(
            key, Blank(values.GetValueOrDefault("source")), Blank(values.GetValueOrDefault("url")), Blank(values.GetValueOrDefault("title")), normalizedDate, text, html));
    }

    public static bool TryNormalizeDate(string value, out string? normalized)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            normalized = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return true;
        }
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm"];
        if (DateTimeOffset.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            normalized = moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            return true;
        }
        normalized = null;
        return false;
    }

    /// <summary>
    /// The article's own fields (the last one wins when repeated, as with TryGetProperty). Looked up by walking the
    /// names rather than with TryGetProperty, which throws, depending on the name, when some other property's name
    /// holds an unpaired surrogate escape; unknown properties are ignored whatever their names.
    /// </summary>
    private static Dictionary<string, JsonElement> KnownFields(JsonElement element)
    {
        var known = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                continue;
            }
            if (Fields.Contains(name, StringComparer.Ordinal))
            {
                known[name] = property.Value;
            }
        }
        return known;
    }

    private static bool TryGetText(JsonElement value, out string? text)
    {
        try
        {
            text = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
