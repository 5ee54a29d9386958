using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Corpus.Gateway.Tests.Uploads.Properties;

/// <summary>One generated NDJSON line: its bytes (no newline), whether the service must accept it, and why it is bad if not.</summary>
public sealed record LineCase(byte[] Bytes, bool Valid, string Kind, string? Key)
{
    public override string ToString() => $"{Kind} ({(Valid ? "valid" : "invalid")}): {Encoding.UTF8.GetString(Bytes[..Math.Min(Bytes.Length, 160)])}";
}

/// <summary>A generated upload body: lines, and whether they end with \r\n.</summary>
public sealed record NdjsonBody(IReadOnlyList<LineCase> Lines, bool CrLf)
{
    public byte[] ToBytes()
    {
        var newline = CrLf ? "\r\n"u8.ToArray() : "\n"u8.ToArray();
        return [.. Lines.SelectMany(l => l.Bytes.Concat(newline))];
    }

    public override string ToString() => string.Join(Environment.NewLine, Lines);
}

/// <summary>
/// Generates NDJSON bodies that mix valid articles with every kind of bad line a client can send: broken JSON, wrong
/// types, bad escapes, unpaired surrogates, NUL, raw control characters, invalid UTF-8, empty and oversized values,
/// deep nesting, non-objects and lines longer than the line limit. Valid lines carry a unique key and text.
/// </summary>
public static class NdjsonLines
{
    /// <summary>The parser's <c>MaxArticleBytes</c> these lines are made for.</summary>
    public const int MaxArticleBytes = 2_000;

    private static readonly string[] Words =
    [
        "council", "budget", "Mayor", "said", "δημοκρατία", "中文报道", "smile 😀", "quote \"here\"", "back\\slash",
        "tab\there", "new\nline", "<b>html</b>", "O'Brien", "café", "naïve", "ünïcödé", "\u2028sep", "end.",
    ];

    private static readonly string[] ValidDates = ["2024-03-04", "2019-12-10T15:04:05Z", "2020-01-01T10:00", "2021-06-30T23:59:59.123+02:00", "", "  "];
    private static readonly string[] InvalidDates = ["last tuesday", "2024-13-01", "2024-02-30", "04/03/2024", "2024-03-04T25:00"];

    private static Gen<string> Unique(string prefix) => Gen.Fresh(() => prefix + Guid.NewGuid().ToString("N")[..12]);

    private static Gen<string> Sentence =>
        from words in Gen.ArrayOf(Gen.Elements(Words))
        from token in Unique("t")
        select string.Join(' ', words.Append(token));

    private static byte[] Json(Dictionary<string, object?> fields) => JsonSerializer.SerializeToUtf8Bytes(fields);

    private static Gen<Dictionary<string, object?>> ValidFields =>
        from key in Unique("k")
        from text in Sentence
        from asHtml in Gen.Elements(false, false, true)
        from source in Gen.Elements<string?>(null, "Daily", "The Hill", "  ", "Le Monde")
        from published in Gen.Elements(new string?[] { null }.Concat(ValidDates).ToArray())
        from extra in Gen.Elements<object?>(null, 42, new[] { 1, 2 }, new { nested = new { deeper = "ok" } }, "\ud83d\ude00")
        select new Dictionary<string, object?>
        {
            ["key"] = key,
            [asHtml ? "html" : "text"] = asHtml ? $"<html><body><p>{text}</p></body></html>" : text,
            ["source"] = source,
            ["published"] = published,
            ["title"] = null,
            ["extra"] = extra,
        };

    public static Gen<LineCase> Valid =>
        from fields in ValidFields
        from padding in Gen.Elements("", " ", "\t", "\uFEFF")
        select new LineCase([.. Encoding.UTF8.GetBytes(padding), .. Json(fields), .. Encoding.UTF8.GetBytes(padding == "\uFEFF" ? "" : padding)], true, "valid", (string)fields["key"]!);

    private static Gen<LineCase> Raw(string kind, Gen<string> lines) => lines.Select(l => new LineCase(Encoding.UTF8.GetBytes(l), false, kind, null));

    private static Gen<LineCase> Truncated =>
        from fields in ValidFields
        let bytes = Json(fields)
        from cut in Gen.Choose(1, bytes.Length - 1)
        select new LineCase(bytes[..cut], false, "truncated", null);

    private static Gen<LineCase> Garbage => Raw("broken JSON", Gen.Elements(
        "{not json", "}", "[1,2", "nul", "{\"text\":\"a\"", "{'text':'single quotes'}", "{\"text\":\"x\",}", "{\"text\" \"x\"}",
        "{\"text\":\"a\"}}", "{\"text\":\"a\"} trailing", "{\"text\":\"a\" // comment\n}".Replace("\n", " ", StringComparison.Ordinal), "{\"text\":01}", "\"unterminated"));

    private static Gen<LineCase> WrongType =>
        from name in Gen.Elements("text", "html", "key", "source", "title", "published", "url")
        from value in Gen.Elements("42", "true", "[]", "{}", "[\"a\"]", "1.5e3")
        select new LineCase(Encoding.UTF8.GetBytes($"{{\"text\":\"a fine body\",\"{name}\":{value}}}".Replace("\"text\":\"a fine body\",\"text\"", "\"text\"", StringComparison.Ordinal)), false, "wrong type", null);

    private static Gen<LineCase> BadEscape =>
        from escape in Gen.Elements("\\x41", "\\u12", "\\uZZZZ", "\\", "\\'", "\\a", "\\U0041")
        select new LineCase(Encoding.UTF8.GetBytes($"{{\"text\":\"a {escape} b\"}}"), false, "bad escape", null);

    private static Gen<LineCase> Unstorable =>
        from name in Gen.Elements("text", "key", "title", "source", "url", "html")
        from escape in Gen.Elements("\\ud800", "\\udfff", "\\ude00\\ud83d", "\\ud83d", "\\u0000", "x\\u0000y")
        from text in Sentence
        select new LineCase(
            Encoding.UTF8.GetBytes(name is "text" or "html"
                ? $"{{\"{name}\":{StringWith(text, escape)}}}"
                : $"{{\"text\":{JsonSerializer.Serialize(text)},\"{name}\":{StringWith("v", escape)}}}"),
            false, escape.Contains("0000", StringComparison.Ordinal) ? "NUL" : "unpaired surrogate", null);

    /// <summary>A JSON string of <paramref name="text"/> with an escape sequence a serializer would never write appended.</summary>
    private static string StringWith(string text, string rawEscape) => JsonSerializer.Serialize(text + " ")[..^1] + rawEscape + "\"";

    /// <summary>Unknown properties are ignored whatever their names, even names that are not text.</summary>
    private static Gen<LineCase> SurrogateInUnknownName =>
        from escape in Gen.Elements("\\ud800", "\\udc00x", "a\\ud83d")
        from key in Unique("k")
        from text in Sentence
        select new LineCase(Encoding.UTF8.GetBytes($"{{\"{escape}\":1,\"key\":\"{key}\",\"text\":{JsonSerializer.Serialize(text)}}}"), true, "valid, unpaired surrogate in an unknown name", key);

    private static Gen<LineCase> RawControl =>
        from control in Gen.Elements(Enumerable.Range(0, 32).Where(c => c is not ('\n' or '\r')).Select(c => (byte)c).ToArray())
        select new LineCase([.. "{\"text\":\"before "u8, control, .. " after\"}"u8], false, "raw control character", null);

    private static Gen<LineCase> InvalidUtf8 =>
        from bad in Gen.Elements(new byte[] { 0xFF }, [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF])
        select new LineCase([.. "{\"text\":\"story "u8, .. bad, .. " end\"}"u8], false, "invalid UTF-8", null);

    private static Gen<LineCase> EmptyBody => Raw("no body", Gen.Elements(
        "{\"text\":\"\"}", "{\"text\":\"   \"}", "{\"html\":\"\\n\\t\"}", "{\"key\":\"only-key\"}", "{}", "{\"text\":null,\"html\":null}", "{\"title\":\"t\"}"));

    private static Gen<LineCase> TooLarge =>
        from extra in Gen.Choose(1, 300)
        from name in Gen.Elements("text", "html")
        select new LineCase(Encoding.UTF8.GetBytes($"{{\"{name}\":\"{new string('x', MaxArticleBytes + extra)}\"}}"), false, "too large", null);

    private static Gen<LineCase> DeepNesting =>
        from depth in Gen.Choose(65, 400)
        select new LineCase(Encoding.UTF8.GetBytes($"{{\"text\":\"deep\",\"extra\":{new string('[', depth)}{new string(']', depth)}}}"), false, "deep nesting", null);

    private static Gen<LineCase> NotAnObject => Raw("not an object", Gen.Elements("[1]", "\"a string\"", "42", "null", "true", "[{\"text\":\"in an array\"}]"));

    private static Gen<LineCase> BadDate =>
        from date in Gen.Elements(InvalidDates)
        from text in Sentence
        select new LineCase(Json(new() { ["text"] = text, ["published"] = date }), false, "bad date", null);

    /// <summary>Longer than the reader's line limit (<see cref="MaxLineBytes"/>): skipped to its end and rejected alone.</summary>
    private static Gen<LineCase> OverLineLimit =>
        Gen.Constant(0).Select(_ => new LineCase(Encoding.UTF8.GetBytes($"{{\"text\":\"{new string('y', MaxLineBytes + 10)}\"}}"), false, "over the line limit", null));

    /// <summary>The line limit for the parsing-layer tests; the HTTP endpoint allows MaxArticleBytes + 64 KB.</summary>
    public const int MaxLineBytes = 8_000;

    public static Gen<LineCase> Invalid(bool withOverLongLines) => Gen.Frequency(
        (3, Truncated), (3, Garbage), (3, WrongType), (2, BadEscape), (4, Unstorable), (2, RawControl), (2, InvalidUtf8),
        (2, EmptyBody), (1, TooLarge), (1, DeepNesting), (1, NotAnObject), (1, BadDate), (withOverLongLines ? 1 : 0, OverLineLimit));

    public static Gen<LineCase> Line(bool withOverLongLines) => Gen.Frequency((10, Valid), (1, SurrogateInUnknownName), (11, Invalid(withOverLongLines)));

    public static Gen<NdjsonBody> Bodies(int maxLines, bool withOverLongLines) =>
        from count in Gen.Choose(1, maxLines)
        from lines in Gen.ListOf(Line(withOverLongLines), count)
        from crLf in Gen.Elements(false, true)
        select new NdjsonBody(lines, crLf);
}
