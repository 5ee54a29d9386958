using System.Security.Cryptography;
using System.Text;

namespace Corpus.Storage;

/// <summary>Short ids derived from content, so that a replayed turn writes the same rows again.</summary>
public static class StableId
{
    public static string Of(string kind, params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\u001f" + string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }
}
