using Corpus.Text.Fingerprints;

namespace Corpus.Text.Quotes;

/// <summary>
/// A wording split into its comparison words once: a quote turn compares, sketches and ranks each wording several
/// times, and splitting was most of its cost.
/// </summary>
public sealed class PreparedWording
{
    private IReadOnlyList<ulong>? _keys;
    private ulong[]? _wordHashes;

    private PreparedWording(string text, IReadOnlyList<QuoteToken> tokens)
    {
        Text = text;
        Words = QuoteTokens.Keys(tokens);
        Edits = tokens.Count(t => t.Editorial || t.Splice);
    }

    public static PreparedWording Of(string text) => new(text, QuoteTokens.Split(text));

    public string Text { get; }

    /// <summary>The speaker's own words, as <see cref="QuoteWording.Words"/>.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Bracketed insertions and ellipses: the outlet's edits.</summary>
    public int Edits { get; }

    /// <summary>
    /// Each of <see cref="Words"/> as a 64-bit hash, computed when first asked for: wordings held for comparison keep
    /// these instead of their words; two distinct words practically never share one.
    /// </summary>
    public ulong[] WordHashes => _wordHashes ??= [.. Words.Select(Hash64.Of)];

    /// <summary>The keys of <see cref="QuoteSketch.Keys(IReadOnlyList{string})"/>, computed when first asked for.</summary>
    public IReadOnlyList<ulong> SketchKeys => _keys ??= QuoteSketch.Keys(Words);
}
