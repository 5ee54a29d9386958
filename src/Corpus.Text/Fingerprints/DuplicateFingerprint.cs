using Corpus.Text.Normalization;

namespace Corpus.Text.Fingerprints;

/// <summary>
/// What deduplication keeps of a text: its shingle set (to confirm a candidate), its bucket keys (to find
/// candidates): one exact key, the bands of the whole text's MinHash, and the bands of its lead's MinHash, which
/// finds truncated copies whose overlap with the whole is too small for the first bands; and its
/// <see cref="CopySketch"/> (to rule candidates out before confirming).
/// </summary>
public sealed record DuplicateFingerprint(ulong[] Shingles, long[] Buckets, byte[] Sketch)
{
    public bool IsEmpty => Shingles.Length == 0;
}

/// <summary>Computes fingerprints with one set of parameters; thread-safe.</summary>
public sealed class DuplicateFingerprinter(DedupParameters parameters)
{
    private const ulong ExactFamily = 0xE7AC7UL;
    private const ulong WholeFamily = 0x3A0BEUL;
    private const ulong LeadFamily = 0x1EADUL;

    private readonly MinHash _whole = new(parameters.Bands * parameters.Rows);
    private readonly MinHash _lead = new(parameters.LeadBands * parameters.LeadRows, seed: 0x1EAD_5EEDUL);
    private readonly MinHash _sketch = new(CopySketch.Values, seed: 0x5CE7_C4ECUL);

    public static DuplicateFingerprinter Default { get; } = new(DedupParameters.Default);

    public DedupParameters Parameters { get; } = parameters;

    public DuplicateFingerprint Of(string text)
    {
        var normalized = TextNormalizer.ForComparison(text);
        var inOrder = WordShingles.InOrderOfNormalized(normalized, Parameters.ShingleSize);
        if (inOrder.Length == 0)
        {
            return new DuplicateFingerprint([], [], []);
        }
        var set = WordShingles.Set(inOrder);
        var lead = WordShingles.Set(WordShingles.InOrder(Lead(text), Parameters.ShingleSize, Parameters.LeadShingles + Parameters.ShingleSize - 1));
        long[] buckets =
        [
            LshBands.Narrow((long)Hash64.Mix(ExactFamily ^ WordShingles.ExactHashOfNormalized(normalized))),
            .. LshBands.Keys(_whole.Signature(set), Parameters.Bands, Parameters.Rows, WholeFamily),
            .. LshBands.Keys(_lead.Signature(lead), Parameters.LeadBands, Parameters.LeadRows, LeadFamily),
        ];
        return new DuplicateFingerprint(set, buckets, CopySketch.Of(_sketch.Signature(set), set.Length));
    }

    /// <summary>
    /// The text from its first paragraph of at least <see cref="DedupParameters.LeadMinWords"/> words on: the short lines
    /// a copy gains or loses at its top (bylines, datelines, share buttons) do not move where its lead starts.
    /// </summary>
    private string Lead(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            var paragraphEnd = end < 0 ? text.Length : end;
            if (WordShingles.CountWords(text.AsSpan(start, paragraphEnd - start)) >= Parameters.LeadMinWords)
            {
                // Enough characters for the lead's words (no word is that long on average), so the rest is not normalised for nothing.
                return text.Substring(start, Math.Min(text.Length - start, (Parameters.LeadShingles + Parameters.ShingleSize) * 20));
            }
            start = paragraphEnd + 2;
        }
        return text;
    }

    /// <summary>The shingle set alone, to confirm a candidate whose text is read back from storage.</summary>
    public ulong[] ShinglesOf(string text) => WordShingles.Set(WordShingles.InOrder(text, Parameters.ShingleSize));

    /// <summary>
    /// False when the sketches show that the texts cannot be copies by <see cref="AreDuplicates"/>, short of a
    /// one-in-a-million chance; true when they may be, or when either text has no sketch.
    /// </summary>
    public bool MayBeDuplicates(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (!CopySketch.IsSketch(a) || !CopySketch.IsSketch(b))
        {
            return true;
        }
        var (smaller, larger) = (Math.Min(CopySketch.ShinglesOf(a), CopySketch.ShinglesOf(b)), Math.Max(CopySketch.ShinglesOf(a), CopySketch.ShinglesOf(b)));
        if (smaller == 0)
        {
            return false;
        }
        // The least Jaccard similarity of two sets of these sizes that pass either test below: a containment c of the
        // smaller in the larger means a Jaccard similarity of c·s / (s + l - c·s).
        var least = Parameters.MinJaccard;
        if (smaller >= Parameters.MinContainedShingles)
        {
            var contained = Parameters.MinContainment * smaller;
            least = Math.Min(least, contained / (smaller + larger - contained));
        }
        return CopySketch.MayReach(a, b, least);
    }

    /// <summary>
    /// Whether two shingle sets are copies of one text: similar as wholes (Jaccard), or one almost all inside the
    /// other (containment, for truncated copies), provided the smaller is long enough for containment to mean anything.
    /// </summary>
    public bool AreDuplicates(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }
        var common = Resemblance.Intersection(a, b);
        var smaller = Math.Min(a.Length, b.Length);
        return (double)common / (a.Length + b.Length - common) >= Parameters.MinJaccard
            || (smaller >= Parameters.MinContainedShingles && (double)common / smaller >= Parameters.MinContainment);
    }
}
