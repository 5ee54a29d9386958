using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Corpus.Storage.Articles;

/// <summary>
/// A text as stored (uploaded raw texts, clean texts): its UTF-8 bytes compressed with Brotli, whose built-in dictionary
/// of common words suits texts of a few kilobytes better than Deflate. Every text is compressed on the way in, so the
/// quality is low: higher ones save a few percent of the bytes for several times the CPU (bench/README.md). Stored
/// texts are read once per processing of an article and once per view of it.
/// <para>
/// A taken-in article's clean text is compressed with the raw text it was cleaned from, in one stream, and the raw
/// text is not stored apart any more: most of a raw text repeats its clean text, which Brotli's window then finds, so
/// both take about what the raw text alone took. The stream holds a header of four bytes (little-endian) with the clean
/// text's length in UTF-8 bytes and the top bit set, the clean text, then the raw text (none: nothing after the clean
/// text). Views read only clean texts, so decompression stops at the clean text's end. Streams written before migration
/// 0039 hold the raw text first (a header without the top bit: the raw text's length); they are still read.
/// </para>
/// </summary>
public static class StoredText
{
    private const int Quality = 2;
    private const int WindowBits = 22;
    private const int HeaderLength = sizeof(int);
    private const uint CleanFirst = 0x8000_0000;

    public static byte[]? Compress(string? text) => text is null ? null : Compressed(Encoding.UTF8.GetBytes(text));

    public static string? Decompress(byte[]? compressed) => compressed is null ? null : Encoding.UTF8.GetString(Decompressed(compressed));

    /// <summary>Compresses a clean text with the raw text it was cleaned from (none: only the clean text).</summary>
    public static byte[] CompressWithRaw(string clean, string? raw)
    {
        var cleanLength = Encoding.UTF8.GetByteCount(clean);
        var stream = new byte[HeaderLength + cleanLength + Encoding.UTF8.GetByteCount(raw ?? string.Empty)];
        BinaryPrimitives.WriteUInt32LittleEndian(stream, (uint)cleanLength | CleanFirst);
        Encoding.UTF8.GetBytes(clean, stream.AsSpan(HeaderLength));
        Encoding.UTF8.GetBytes(raw ?? string.Empty, stream.AsSpan(HeaderLength + cleanLength));
        return Compressed(stream);
    }

    /// <summary>Whether a stream of <see cref="CompressWithRaw"/> holds its clean text first, as every stream written since migration 0039 does.</summary>
    public static bool HoldsCleanFirst(byte[] compressed)
    {
        using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        return (Header(brotli) & CleanFirst) != 0;
    }

    /// <summary>The clean text of <see cref="CompressWithRaw"/>.</summary>
    public static string? DecompressClean(byte[]? compressed)
    {
        if (compressed is null)
        {
            return null;
        }
        using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var header = Header(brotli);
        if ((header & CleanFirst) == 0)
        {
            return Encoding.UTF8.GetString(Decompressed(compressed).AsSpan(HeaderLength + (int)header));
        }
        var length = (int)(header & ~CleanFirst);
        var clean = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            brotli.ReadExactly(clean, 0, length);
            return Encoding.UTF8.GetString(clean, 0, length);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("A stored text ends before the length its header gives.", e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(clean);
        }
    }

    /// <summary>The raw text of <see cref="CompressWithRaw"/>, or null when it was stored without one.</summary>
    public static string? DecompressRaw(byte[]? compressed)
    {
        if (compressed is null)
        {
            return null;
        }
        var stream = Decompressed(compressed);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(stream);
        var raw = (length & CleanFirst) == 0
            ? stream.AsSpan(HeaderLength, (int)length)
            : stream.AsSpan(HeaderLength + (int)(length & ~CleanFirst));
        return raw.IsEmpty ? null : Encoding.UTF8.GetString(raw);
    }

    private static uint Header(BrotliStream brotli)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        brotli.ReadExactly(header);
        return BinaryPrimitives.ReadUInt32LittleEndian(header);
    }

    private static byte[] Compressed(ReadOnlySpan<byte> bytes)
    {
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        if (!BrotliEncoder.TryCompress(bytes, compressed, out var written, Quality, WindowBits))
        {
            throw new InvalidOperationException("Brotli could not compress a text into its maximum compressed length.");
        }
        return compressed[..written];
    }

    private static byte[] Decompressed(byte[] compressed)
    {
        using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var bytes = new MemoryStream(compressed.Length * 4);
        brotli.CopyTo(bytes);
        return bytes.ToArray();
    }
}
