using System.IO.Compression;
using System.Text;

namespace Corpus.Storage.Articles;

/// <summary>
/// A text as stored (uploaded raw texts, clean texts): its UTF-8 bytes compressed with Brotli, whose built-in dictionary
/// of common words suits texts of a few kilobytes better than Deflate. Every text is compressed on the way in, so the
/// quality is low: higher ones save a few percent of the bytes for several times the CPU (bench/README.md). Stored
/// texts are read once per processing of an article and once per view of it.
/// </summary>
public static class StoredText
{
    private const int Quality = 2;
    private const int WindowBits = 22;

    public static byte[]? Compress(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var utf8 = Encoding.UTF8.GetBytes(text);
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        if (!BrotliEncoder.TryCompress(utf8, compressed, out var written, Quality, WindowBits))
        {
            throw new InvalidOperationException("Brotli could not compress a text into its maximum compressed length.");
        }
        return compressed[..written];
    }

    public static string? Decompress(byte[]? compressed)
    {
        if (compressed is null)
        {
            return null;
        }
        using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
