using Corpus.Text.Fingerprints;

namespace Corpus.Text.Quotes;

/// <summary>
/// Quotes of one speaker and their wordings: finds, for a new wording, the quote it reports (sketch
/// candidates, then word alignment against each of the quote's wordings; among quotes that contain it, the closest wins).
/// It needs to hold only the quotes that share a sketch key (<see cref="QuoteSketch.Keys(string)"/>) with the wordings to be placed.
/// </summary>
public sealed class QuoteGrouping
{
    // Most keys belong to one quote: an array of a few ids takes a fifth of a set's memory, and a speaker's grouping
    // holds several keys for each of their wordings.
    private readonly Dictionary<ulong, string[]> _byKey = [];
    private readonly Dictionary<string, List<Entry>> _wordings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);

    /// <summary>A wording with its words as ids of this grouping, in order and sorted (for a cheap bound on the alignment).</summary>
    private sealed record Entry(PreparedWording Wording, int[] Ids, int[] SortedIds);

    /// <returns>The wording's sketch keys.</returns>
    public IReadOnlyList<ulong> Add(string quoteId, string wording) => Add(quoteId, PreparedWording.Of(wording));

    /// <returns>The wording's sketch keys.</returns>
    public IReadOnlyList<ulong> Add(string quoteId, PreparedWording wording)
    {
        if (!_wordings.TryGetValue(quoteId, out var list))
        {
            _wordings[quoteId] = list = [];
        }
        if (list.Any(e => e.Wording.Text == wording.Text))
        {
            // The same words again (another outlet printing the line alike) change neither matches nor the canonical.
            return wording.SketchKeys;
        }
        list.Add(EntryOf(wording));
        foreach (var key in wording.SketchKeys)
        {
            if (!_byKey.TryGetValue(key, out var ids))
            {
                _byKey[key] = [quoteId];
            }
            else if (!ids.Contains(quoteId, StringComparer.Ordinal))
            {
                _byKey[key] = [.. ids, quoteId];
            }
        }
        return wording.SketchKeys;
    }

    /// <returns>The quote this wording reports, or null when it is a new quote.</returns>
    public string? Find(string wording) => Find(PreparedWording.Of(wording));

    /// <inheritdoc cref="Find(string)"/>
    public string? Find(PreparedWording wording)
    {
        var entry = EntryOf(wording);
        var candidates = wording.SketchKeys
            .SelectMany(k => _byKey.TryGetValue(k, out var ids) ? ids : [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        string? best = null;
        var bestOverlap = 0.0;
        foreach (var id in candidates)
        {
            var overlap = 0.0;
            foreach (var other in _wordings[id])
            {
                var (containment, o) = Compare(other, entry);
                if (containment >= QuoteWording.MinimumContainment)
                {
                    overlap = Math.Max(overlap, o);
                }
            }
            if (overlap > bestOverlap)
            {
                (best, bestOverlap) = (id, overlap);
            }
        }
        return best;
    }

    public string Canonical(string quoteId) => QuoteWording.Fullest(_wordings[quoteId].Select(e => e.Wording)).Text;

    private Entry EntryOf(PreparedWording wording)
    {
        var ids = WordAlignment.IdsOf(wording.Words, _wordIds);
        var sorted = (int[])ids.Clone();
        Array.Sort(sorted);
        return new Entry(wording, ids, sorted);
    }

    /// <summary>
    /// <see cref="QuoteWording.Compare(IReadOnlyList{string}, IReadOnlyList{string})"/>, skipping the alignment when the
    /// words the two share (counted with repeats) could not reach the containment asked for: most candidates share
    /// a word or two.
    /// </summary>
    private static (double Containment, double Overlap) Compare(Entry a, Entry b)
    {
        var (shorter, longer) = a.Ids.Length <= b.Ids.Length ? (a, b) : (b, a);
        var shared = Resemblance.Intersection<int>(a.SortedIds, b.SortedIds);
        if (shared < QuoteWording.MinimumAligned || shared < QuoteWording.MinimumContainment * shorter.Ids.Length)
        {
            return (0, 0);
        }
        return QuoteWording.Score(WordAlignment.AlignedInRuns(shorter.Ids, longer.Ids), shorter.Ids.Length, longer.Ids.Length);
    }
}
