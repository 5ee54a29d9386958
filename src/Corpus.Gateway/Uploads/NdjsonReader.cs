using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace Corpus.Gateway.Uploads;

/// <summary>
/// Reads NDJSON as a stream, one line at a time; never the whole body. A line longer than the limit is
/// skipped up to its end and rejected alone.
/// </summary>
public static class NdjsonReader
{
    public static async IAsyncEnumerable<UploadLine> ReadAsync(PipeReader reader, ArticleParser parser, long maxLineBytes, [EnumeratorCancellation] CancellationToken ct)
    {
        long line = 0;
        var skipping = false;
        SequencePosition? unreleased = null;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(ct);
                var buffer = result.Buffer;
                unreleased = buffer.Start;
                while (TryTakeLine(ref buffer, out var bytes))
                {
                    line++;
                    if (skipping)
                    {
                        skipping = false;
                        yield return UploadLine.Rejected(line, $"line is larger than the {maxLineBytes} byte limit");
                        continue;
                    }
                    if (IsBlank(bytes))
                    {
                        continue;
                    }
                    yield return parser.Parse(line, Trim(bytes));
                }
                if (!skipping && buffer.Length > maxLineBytes)
                {
                    skipping = true;
                }
                if (skipping)
                {
                    buffer = buffer.Slice(buffer.End);
                }
                if (result.IsCompleted)
                {
                    if (skipping)
                    {
                        yield return UploadLine.Rejected(line + 1, $"line is larger than the {maxLineBytes} byte limit");
                    }
                    else if (!IsBlank(buffer))
                    {
                        yield return parser.Parse(line + 1, Trim(buffer));
                    }
                    // A read must end with AdvanceTo even at the end of the body, or Kestrel finds the reader busy
                    // and closes the keep-alive connection after the response.
                    reader.AdvanceTo(buffer.End);
                    unreleased = null;
                    await reader.CompleteAsync();
                    yield break;
                }
                unreleased = null;
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            // The consumer stopped mid-buffer (e.g. the store failed): end the read so that the server can still
            // drain the body and send the error response.
            if (unreleased is { } start)
            {
                reader.AdvanceTo(start);
            }
        }
    }

    private static bool TryTakeLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        var newline = buffer.PositionOf((byte)'\n');
        if (newline is null)
        {
            line = default;
            return false;
        }
        line = buffer.Slice(0, newline.Value);
        buffer = buffer.Slice(buffer.GetPosition(1, newline.Value));
        return true;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySequence<byte> bytes)
    {
        var span = bytes.IsSingleSegment ? bytes.FirstSpan : bytes.ToArray();
        return span.Trim("\r \t\uFEFF"u8).TrimStart("\uFEFF"u8);
    }

    private static bool IsBlank(ReadOnlySequence<byte> bytes)
    {
        foreach (var segment in bytes)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
