using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Corpus.Gateway.Uploads;

/// <summary>
/// Reads multipart/form-data files as a stream: .txt and .html/.htm files are one article each, keyed by
/// the file's name without extension; .ndjson/.jsonl and .json files hold articles as in a plain upload.
/// </summary>
public static class MultipartUploadReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async IAsyncEnumerable<UploadLine> ReadAsync(string boundary, Stream body, ArticleParser parser, long maxArticleBytes, [EnumeratorCancellation] CancellationToken ct)
    {
        var reader = new MultipartReader(boundary, body) { BodyLengthLimit = null };
        long offset = 0;
        MultipartSection? section;
        while ((section = await reader.ReadNextSectionAsync(ct)) is not null)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
            {
                continue;
            }
            var fileName = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).ToString());
            var extension = Path.GetExtension(fileName).ToLowerInvariant();
            var key = Path.GetFileNameWithoutExtension(fileName);
            long last = offset;
            switch (extension)
            {
                case ".txt" or ".html" or ".htm":
                    last = offset + 1;
                    yield return await ReadDocumentAsync(offset + 1, fileName, key, extension == ".txt", section.Body, parser, maxArticleBytes, ct);
                    break;
                case ".ndjson" or ".jsonl":
                    await foreach (var line in NdjsonReader.ReadAsync(PipeReader.Create(section.Body), parser, maxArticleBytes + (64 * 1024), ct))
                    {
                        last = offset + line.Line;
                        yield return InFile(line, offset, fileName);
                    }
                    break;
                case ".json":
                    await foreach (var line in JsonArrayReader.ReadAsync(section.Body, parser, ct))
                    {
                        last = offset + line.Line;
                        yield return InFile(line, offset, fileName);
                    }
                    break;
                default:
                    last = offset + 1;
                    await section.Body.CopyToAsync(Stream.Null, ct);
                    yield return UploadLine.Rejected(last, $"{fileName}: unsupported file type '{extension}' (use .txt, .html, .htm, .ndjson, .jsonl or .json)", key);
                    break;
            }
            offset = last;
        }
    }

    private static UploadLine InFile(UploadLine line, long offset, string fileName) =>
        line with { Line = offset + line.Line, Error = line.Error is null ? null : $"{fileName} line {line.Line}: {line.Error}" };

    private static async Task<UploadLine> ReadDocumentAsync(long line, string fileName, string key, bool isText, Stream body, ArticleParser parser, long maxArticleBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        var tooLarge = false;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxArticleBytes)
            {
                tooLarge = true;
                continue;
            }
            buffer.Write(chunk, 0, read);
        }
        if (tooLarge)
        {
            return UploadLine.Rejected(line, $"{fileName}: article is larger than the {maxArticleBytes} byte limit", key);
        }
        string content;
        try
        {
            content = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return UploadLine.Rejected(line, $"{fileName}: invalid UTF-8", key);
        }
        var values = new Dictionary<string, string?> { ["key"] = key, [isText ? "text" : "html"] = content };
        var parsed = parser.Validate(line, values);
        return parsed.Error is null ? parsed : parsed with { Error = $"{fileName}: {parsed.Error}" };
    }
}
