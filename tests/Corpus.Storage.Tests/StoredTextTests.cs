using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Corpus.Storage.Articles;

namespace Corpus.Storage.Tests;

public sealed class StoredTextTests
{
    private static readonly string Clean = string.Concat(Enumerable.Range(0, 4000).Select(i => $"Zoë Ångström said „we will not wait“ on day {i}; 🚢 sailed. "));
    private static readonly string Raw = "<p>Menu · Subscribe</p>" + Clean.Replace("sailed", "sailed <a href=\"/x\">more</a>", StringComparison.Ordinal);

    [Fact]
    public void A_clean_text_and_its_raw_text_come_back_as_stored_and_the_clean_text_first()
    {
        var stream = StoredText.CompressWithRaw(Clean, Raw);

        Assert.Equal(Clean, StoredText.DecompressClean(stream));
        Assert.Equal(Raw, StoredText.DecompressRaw(stream));
        Assert.True(StoredText.HoldsCleanFirst(stream));
        Assert.InRange(stream.Length, 1, Encoding.UTF8.GetByteCount(Raw) / 10);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Short.")]
    public void A_clean_text_stored_without_a_raw_text_has_none(string clean)
    {
        var stream = StoredText.CompressWithRaw(clean, null);

        Assert.Equal(clean, StoredText.DecompressClean(stream));
        Assert.Null(StoredText.DecompressRaw(stream));
    }

    [Fact]
    public void A_stream_written_raw_text_first_is_still_read()
    {
        var stream = RawFirst(Raw, Clean);

        Assert.False(StoredText.HoldsCleanFirst(stream));
        Assert.Equal(Clean, StoredText.DecompressClean(stream));
        Assert.Equal(Raw, StoredText.DecompressRaw(stream));
    }

    [Fact]
    public void A_stream_cut_short_is_refused_rather_than_read_as_a_shorter_text()
    {
        var stream = StoredText.CompressWithRaw(Clean, Raw);

        Assert.Throws<InvalidDataException>(() => StoredText.DecompressClean(stream[..(stream.Length / 3)]));
    }

    /// <summary>The layout streams had before migration 0039: the raw text's length in UTF-8 bytes, the raw text, the clean text.</summary>
    internal static byte[] RawFirst(string? raw, string clean)
    {
        var (rawBytes, cleanBytes) = (Encoding.UTF8.GetBytes(raw ?? string.Empty), Encoding.UTF8.GetBytes(clean));
        var stream = new byte[sizeof(int) + rawBytes.Length + cleanBytes.Length];
        BinaryPrimitives.WriteInt32LittleEndian(stream, rawBytes.Length);
        rawBytes.CopyTo(stream, sizeof(int));
        cleanBytes.CopyTo(stream, sizeof(int) + rawBytes.Length);
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(stream.Length)];
        Assert.True(BrotliEncoder.TryCompress(stream, compressed, out var written, 2, 22));
        return compressed[..written];
    }
}
