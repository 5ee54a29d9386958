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
/// A taken-in article's clean text is compressed after the raw text it was cleaned from, in one stream, and the raw
/// text is not stored apart any more: most of a clean text repeats its raw text, which Brotli's window then finds, so
/// both take about what the raw text alone took. The stream holds the raw text's length in UTF-8 bytes (four bytes,
/// little-endian), the raw text, then the clean text; a clean text stored without its raw text has length 0.
/// </para>
/// </summary>
public static class StoredText
{
    private const int Quality = 2;
    private const int WindowBits = 22;

    public static byte[]? Compress(string? text) => text is null ? null : Compressed(Encoding.UTF8.GetBytes(text));

    public static string? Decompress(byte[]? compressed) => compressed is null ? null : Encoding.UTF8.GetString(Decompressed(compressed));

    /// <summary>Compresses a clean text after the raw text it was cleaned from (none: only the clean text).</summary>
    public static byte[] CompressAfterRaw(string? raw, string clean)
    {
        var rawBytes = Encoding.UTF8.GetBytes(raw ?? string.Empty);
        var stream = new byte[sizeof(int) + rawBytes.Length + Encoding.UTF8.GetByteCount(clean)];
        BinaryPrimitives.WriteInt32LittleEndian(stream, rawBytes.Length);
        rawBytes.CopyTo(stream, sizeof(int));
        Encoding.UTF8.GetBytes(clean, stream.AsSpan(sizeof(int) + rawBytes.Length));
        return Compressed(stream);
    }

    /// <summary>The clean text of <see cref="CompressAfterRaw"/>.</summary>
    public static string? DecompressClean(byte[]? compressed)
    {
        if (compressed is null)
        {
            return null;
        }
        var stream = Decompressed(compressed);
        return Encoding.UTF8.GetString(stream.AsSpan(sizeof(int) + BinaryPrimitives.ReadInt32LittleEndian(stream)));
    }

    /// <summary>The raw text of <see cref="CompressAfterRaw"/>, or null when it was stored without one.</summary>
    public static string? DecompressRaw(byte[]? compressed)
    {
        if (compressed is null)
        {
            return null;
        }
        var stream = Decompressed(compressed);
        var rawLength = BinaryPrimitives.ReadInt32LittleEndian(stream);
        return rawLength == 0 ? null : Encoding.UTF8.GetString(stream.AsSpan(sizeof(int), rawLength));
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
