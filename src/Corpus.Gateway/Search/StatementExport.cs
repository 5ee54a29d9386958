using System.Text;
using System.Text.Json;
using Corpus.Storage.Views;
using Microsoft.Extensions.Options;

namespace Corpus.Gateway.Search;

internal enum ExportFormat
{
    Json,
    Ndjson,
    Csv,
}

/// <summary>Statements written out one by one as they are read, in NDJSON or CSV (RFC 4180: a header row, CRLF, quoted fields).</summary>
internal static class StatementExport
{
    public const string NdjsonType = "application/x-ndjson";
    public const string CsvType = "text/csv; charset=utf-8";

    private const int BufferBytes = 64 * 1024;

    private static readonly string[] CsvHeader =
        ["id", "speakerId", "speakerName", "text", "kind", "cue", "articleId", "source", "published", "meetingId", "quoteId"];

    /// <summary>The format <c>?format=</c> names, else the one the <c>Accept</c> header prefers; false for a format not known.</summary>
    public static bool TryChoose(string? format, HttpRequest request, out ExportFormat chosen)
    {
        chosen = format?.ToLowerInvariant() switch
        {
            null or "" => Negotiate(request),
            "json" => ExportFormat.Json,
            "ndjson" => ExportFormat.Ndjson,
            "csv" => ExportFormat.Csv,
            _ => (ExportFormat)(-1),
        };
        return Enum.IsDefined(chosen);
    }

    /// <summary>The format the request's <c>Accept</c> header prefers; JSON pages unless it names an export format first.</summary>
    public static ExportFormat Negotiate(HttpRequest request)
    {
        foreach (var accepted in request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (accepted.MediaType.Equals(NdjsonType, StringComparison.OrdinalIgnoreCase))
            {
                return ExportFormat.Ndjson;
            }
            if (accepted.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
            {
                return ExportFormat.Csv;
            }
            if (accepted.MatchesAllTypes || accepted.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            {
                return ExportFormat.Json;
            }
        }
        return ExportFormat.Json;
    }

    public static async Task WriteNdjsonAsync(IAsyncEnumerable<StatementView> statements, Stream body, IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        await using var writer = Writer(body, "\n");
        await foreach (var statement in statements.WithCancellation(ct))
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(statement, options));
        }
    }

    public static async Task WriteCsvAsync(IAsyncEnumerable<StatementView> statements, Stream body, CancellationToken ct)
    {
        await using var writer = Writer(body, "\r\n");
        await writer.WriteLineAsync(string.Join(',', CsvHeader));
        await foreach (var s in statements.WithCancellation(ct))
        {
            string?[] fields = [s.Id, s.Speaker?.Id, s.Speaker?.Name, s.Text, s.Kind, s.Cue, s.ArticleId, s.Source, s.Published, s.MeetingId, s.QuoteId];
            await writer.WriteLineAsync(string.Join(',', fields.Select(Cell)));
        }
    }

    /// <summary>Buffers many rows per write to the response; the response body itself is the server's to close.</summary>
    private static StreamWriter Writer(Stream body, string newLine) =>
        new(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferBytes, leaveOpen: true) { NewLine = newLine };

    /// <summary>
    /// A field as a CSV cell that a spreadsheet shows as text. One starting with = + - @, a tab or a carriage return
    /// would be read as a formula (a statement's words, an outlet's name, both come from uploads), so it gets a leading
    /// apostrophe and quotes, as OWASP's CSV injection guidance has it.
    /// </summary>
    public static string Cell(string? field) =>
        field is ['=' or '+' or '-' or '@' or '\t' or '\r', ..] ? $"\"'{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : Quote(field);

    /// <summary>A field as RFC 4180 has it: quoted, with quotes doubled, when it holds a comma, a quote or a line break.</summary>
    private static string Quote(string? field) =>
        field is null ? string.Empty
        : field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field
        : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
