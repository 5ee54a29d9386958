using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Corpus.Storage;

/// <summary>One page of a list: its items and the cursor of the next page (null at the end).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>A keyset page request: at most <see cref="Limit"/> rows after the row the cursor names.</summary>
public sealed record PageRequest(int Limit, string? After)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static bool TryCreate(int? limit, string? cursor, out PageRequest request, out string? error)
    {
        request = new PageRequest(DefaultLimit, null);
        error = null;
        if (limit is < 1 or > MaxLimit)
        {
            error = $"limit must be between 1 and {MaxLimit}.";
            return false;
        }
        string? after = null;
        if (!string.IsNullOrEmpty(cursor) && !TryDecodeCursor(cursor, out after))
        {
            error = "cursor is not one this service gave out.";
            return false;
        }
        request = new PageRequest(limit ?? DefaultLimit, after);
        return true;
    }

    /// <summary>The sort key and a short checksum, so that a cursor this service never gave out is refused rather than read as some key.</summary>
    public static string EncodeCursor(string sortKey)
    {
        var key = Encoding.UTF8.GetBytes(sortKey);
        return Base64Url.EncodeToString([.. key, .. Checksum(key)]);
    }

    private static bool TryDecodeCursor(string cursor, out string? sortKey)
    {
        sortKey = null;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            return false;
        }
        if (bytes.Length < ChecksumBytes || !bytes.AsSpan(bytes.Length - ChecksumBytes).SequenceEqual(Checksum(bytes.AsSpan(0, bytes.Length - ChecksumBytes))))
        {
            return false;
        }
        try
        {
            sortKey = StrictUtf8.GetString(bytes, 0, bytes.Length - ChecksumBytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private const int ChecksumBytes = 4;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static byte[] Checksum(ReadOnlySpan<byte> key) => SHA256.HashData(key)[..ChecksumBytes];

    /// <summary>Cuts the extra row fetched to know whether another page follows.</summary>
    public Page<T> ToPage<T>(IReadOnlyList<T> rowsPlusOne, Func<T, string> sortKey) =>
        rowsPlusOne.Count > Limit
            ? new Page<T>(rowsPlusOne.Take(Limit).ToList(), EncodeCursor(sortKey(rowsPlusOne[Limit - 1])))
            : new Page<T>(rowsPlusOne, null);
}
