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

    /// <summary>
    /// When set, each feature's weight in this model is added to <see cref="Sum"/> as the feature is added, and no hash is
    /// kept: the service scores candidates without listing their features and going over the list again.
    /// </summary>
    public ClauseModel? Scoring { get; init; }

    /// <summary>The summed weights, in <see cref="Scoring"/>, of the features added since <see cref="Clear"/>.</summary>
    public double Sum { get; private set; }

    public void Clear()
    {
        Hashes.Clear();
        Names?.Clear();
        Sum = 0;
    }

    private void Push(ulong hash)
    {
        if (Scoring is null)
        {
            Hashes.Add(hash);
        }
        else if (Scoring.TryWeight(hash, out var weight))
        {
            Sum += weight;
        }
    }

    /// <summary>
    /// A feature's name with the hash of <c>name=</c> worked out once: every candidate adds the same few dozen names, so only
    /// their values are hashed per candidate.
    /// </summary>
    public readonly struct Name(string text)
    {
        public string Text { get; } = text;

        public ulong Prefix { get; } = Append(Append(OffsetBasis, text), '=');
    }

    public void Add(string name, ReadOnlySpan<char> value) => Add(new Name(name), value);

    public void Add(string name, ReadOnlySpan<char> first, ReadOnlySpan<char> second) => Add(new Name(name), first, second);

    public void Add(in Name name, ReadOnlySpan<char> value)
    {
        Push(AppendLower(name.Prefix, value));
        Names?.Add(string.Concat(name.Text, "=", value.ToString().ToLowerInvariant()));
    }

    public void Add(in Name name, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = AppendLower(name.Prefix, first);
        Push(AppendLower(Append(hash, '|'), second));
        Names?.Add(string.Concat(name.Text, "=", first.ToString().ToLowerInvariant(), "|", second.ToString().ToLowerInvariant()));
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
            // ASCII without a call into the culture tables; the same characters char.ToLowerInvariant gives.
            hash = Append(hash, c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c));
        }
        return hash;
    }

    private static ulong Append(ulong hash, char c) => (hash ^ c) * Prime;
}
