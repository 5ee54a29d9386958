using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Corpus.Gateway.Access;

/// <summary>
/// The configured keys, held only as SHA-256 hashes. A presented key is hashed and compared with every configured
/// hash in constant time, so neither its content nor which key it nearly matched shows in the timing.
/// </summary>
public sealed class ApiKeyRing
{
    private readonly byte[][] _hashes;

    public ApiKeyRing(IOptions<AccessOptions> options)
    {
        _hashes = options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Hash(k.Trim())).ToArray();
        RequireForReads = options.Value.RequireForReads;
    }

    public bool IsOpen => _hashes.Length == 0;

    public int Count => _hashes.Length;

    public bool RequireForReads { get; }

    /// <returns>A name for the matching key that says nothing of the key itself (its position), or null.</returns>
    public string? Match(string presented)
    {
        var hash = Hash(presented);
        var matched = -1;
        for (var i = 0; i < _hashes.Length; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, _hashes[i]))
            {
                matched = i;
            }
        }
        return matched < 0 ? null : $"api-key-{matched}";
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
