namespace Corpus.Text.Statements.Learned;

/// <summary>
/// The named features of one candidate, each as a stable 64-bit hash of <c>name=value</c> (value lower-cased), so a
/// model's weights are looked up without building strings. With <see cref="Names"/> set, the same features are also
/// written out as text, which is how the trainer sees them and how the model file names them.
/// </summary>
public sealed class ClauseFeatures
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public List<ulong> Hashes { get; } = [];

    /// <summary>When not null, every feature is also added here as <c>name=value</c>.</summary>
    public List<string>? Names { get; init; }

    public void Clear()
    {
        Hashes.Clear();
        Names?.Clear();
    }

    public void Add(string name, ReadOnlySpan<char> value)
    {
        var hash = Append(Append(OffsetBasis, name), '=');
        Hashes.Add(AppendLower(hash, value));
        Names?.Add(string.Concat(name, "=", value.ToString().ToLowerInvariant()));
    }

    public void Add(string name, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = AppendLower(Append(Append(OffsetBasis, name), '='), first);
        Hashes.Add(AppendLower(Append(hash, '|'), second));
        Names?.Add(string.Concat(name, "=", first.ToString().ToLowerInvariant(), "|", second.ToString().ToLowerInvariant()));
    }

    /// <summary>The hash of a feature as the model file names it (<c>name=value</c>, already lower-cased).</summary>
    public static ulong HashOf(string feature) => AppendLower(OffsetBasis, feature);

    private static ulong Append(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Append(hash, c);
        }
        return hash;
    }

    private static ulong AppendLower(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Append(hash, char.ToLowerInvariant(c));
        }
        return hash;
    }

    private static ulong Append(ulong hash, char c) => (hash ^ c) * Prime;
}
