namespace Corpus.Storage.Search;

/// <summary>SQLite's variable-length integers, as FTS5 writes its totals: big end first, seven bits a byte, the ninth byte whole.</summary>
internal static class Varint
{
    public static ulong Read(byte[] data, ref int offset)
    {
        ulong value = 0;
        for (var i = 0; i < 8; i++)
        {
            var b = data[offset++];
            value = (value << 7) | (uint)(b & 0x7f);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
        return (value << 8) | data[offset++];
    }
}
