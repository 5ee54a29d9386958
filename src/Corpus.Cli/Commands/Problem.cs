using System.Text.Json;

namespace Corpus.Cli.Commands;

/// <summary>Reads an RFC 7807 problem details body.</summary>
internal static class Problem
{
    public static (string Title, string? Detail)? Read(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String)
            {
                return null;
            }
            var detail = root.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            return (title.GetString()!, detail);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
