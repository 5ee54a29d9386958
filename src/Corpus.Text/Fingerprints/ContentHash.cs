using System.Security.Cryptography;
using System.Text;
using Corpus.Text.Normalization;

namespace Corpus.Text.Fingerprints;

public static class ContentHash
{
    /// <summary>A hex SHA-256 of the normalised text: equal for texts that differ only in case, quotes, dashes or spacing.</summary>
    public static string Of(string text)
    {
        var normalized = TextNormalizer.ForComparison(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
