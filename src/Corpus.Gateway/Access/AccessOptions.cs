namespace Corpus.Gateway.Access;

/// <summary>API keys (<c>Auth__ApiKeys__0</c>, <c>Auth__ApiKeys__1</c>, …). None configured: the API is open.</summary>
public sealed class AccessOptions
{
    public const string Section = "Auth";

    public List<string> ApiKeys { get; set; } = [];

    /// <summary>Reads under /api need a key too, not only writes.</summary>
    public bool RequireForReads { get; set; }
}
