using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Corpus.Gateway.Uploads;

/// <summary>Reads a JSON array of articles element by element (or a single article object).</summary>
public static class JsonArrayReader
{
    private const string InvalidJson = "invalid JSON: ";

    /// <summary>Reads a .json file of a multipart upload: whatever is wrong with it is a rejection of the file's lines.</summary>
    public static IAsyncEnumerable<UploadLine> ReadAsync(Stream body, ArticleParser parser, CancellationToken ct) =>
        ReadAsync(body, parser, wholeBody: false, ct);

    /// <summary>
    /// Reads an application/json request body. A body that is not JSON before its first article is unreadable as a
    /// whole (<see cref="UnreadableUploadException"/>, a 400); a break after some articles rejects the rest alone.
    /// </summary>
    public static IAsyncEnumerable<UploadLine> ReadBodyAsync(Stream body, ArticleParser parser, CancellationToken ct) =>
        ReadAsync(body, parser, wholeBody: true, ct);

    private static async IAsyncEnumerable<UploadLine> ReadAsync(Stream body, ArticleParser parser, bool wholeBody, [EnumeratorCancellation] CancellationToken ct)
    {
        var buffered = new BufferedStream(body, 64 * 1024);
        var first = await FirstSignificantByteAsync(buffered, ct);
        if (wholeBody && first >= 0 && first is not ('[' or '{'))
        {
            throw new UnreadableUploadException("An application/json body must be an array of articles or one article object.");
        }
        if (first != '[')
        {
            var single = await ReadSingleAsync(buffered, parser, first, ct);
            if (single is { Article: null } && wholeBody && single.Error!.StartsWith(InvalidJson, StringComparison.Ordinal))
            {
                throw new UnreadableUploadException($"The body is not JSON: {single.Error[InvalidJson.Length..]}");
            }
            if (single is not null)
            {
                yield return single;
            }
            yield break;
        }
        var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(new PrefixedStream((byte)'[', buffered), cancellationToken: ct).GetAsyncEnumerator(ct);
        long index = 0;
        while (true)
        {
            UploadLine? failure = null;
            try
            {
                if (!await elements.MoveNextAsync())
                {
                    break;
                }
            }
            catch (JsonException ex)
            {
                if (wholeBody && index == 0)
                {
                    throw new UnreadableUploadException($"The body is not a JSON array of articles: {ex.Message}");
                }
                failure = UploadLine.Rejected(index + 1, $"{InvalidJson}{ex.Message}; the rest of the array was not read");
            }
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }
            index++;
            yield return parser.Parse(index, elements.Current);
        }
        await elements.DisposeAsync();
    }

    private static async Task<UploadLine?> ReadSingleAsync(Stream body, ArticleParser parser, int first, CancellationToken ct)
    {
        if (first < 0)
        {
            return null;
        }
        try
        {
            using var document = await JsonDocument.ParseAsync(new PrefixedStream((byte)first, body), cancellationToken: ct);
            return parser.Parse(1, document.RootElement);
        }
        catch (JsonException ex)
        {
            return UploadLine.Rejected(1, $"{InvalidJson}{ex.Message}");
        }
    }

    private static async Task<int> FirstSignificantByteAsync(Stream stream, CancellationToken ct)
    {
        var one = new byte[1];
        while (await stream.ReadAsync(one, ct) == 1)
        {
            if (one[0] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
            {
                return one[0];
            }
        }
        return -1;
    }

    /// <summary>A stream that yields one byte already read, then the rest of the inner stream.</summary>
    private sealed class PrefixedStream(byte first, Stream inner) : Stream
    {
        private bool _firstPending = true;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (buffer.Length == 0)
            {
                return 0;
            }
            if (_firstPending)
            {
                _firstPending = false;
                buffer[0] = first;
                return 1;
            }
            return inner.Read(buffer);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (buffer.Length == 0)
            {
                return 0;
            }
            if (_firstPending)
            {
                _firstPending = false;
                buffer.Span[0] = first;
                return 1;
            }
            return await inner.ReadAsync(buffer, cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
