using Corpus.Text.Fingerprints;

namespace Corpus.Text.Quotes;

/// <summary>
/// Quotes of one speaker and their wordings: finds, for a new wording, the quote it reports (sketch
/// candidates, then word alignment against each of the quote's wordings; among quotes that contain it, the closest wins).
/// It needs to hold only the quotes that share a sketch key (<see cref="QuoteSketch.Keys(string)"/>) with the wordings to be placed.
/// </summary>
public sealed class QuoteGrouping
{
    // A speaker's grouping holds a dozen keys for each of their wordings, and most keys belong to one quote: a key maps
    // to that quote's index, or to the complement of an index into _sharedKeys when several quotes share it.
    private readonly Dictionary<ulong, int> _byKey = [];
    private readonly List<int[]> _sharedKeys = [];
    private readonly List<Quote> _quotes = [];
    private readonly Dictionary<string, int> _quoteIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);

    /// <summary>A quote's distinct wordings as word ids (their text is not kept: only the canonical one's is needed).</summary>
    private sealed class Quote(string id, PreparedWording first)
    {
        public string Id { get; } = id;

        public List<Entry> Wordings { get; } = [];

        /// <summary>The rank of its fullest wording (<see cref="QuoteWording.Rank"/>), with that wording's text.</summary>
        public (int Words, int Edits, string Text) Fullest { get; set; } = QuoteWording.Rank(first);
    }

    /// <summary>A wording's words as ids of this grouping, in order and sorted (for a cheap bound on the alignment).</summary>
    private sealed record Entry(int[] Ids, int[] SortedIds);

    /// <returns>The wording's sketch keys.</returns>
    public IReadOnlyList<ulong> Add(string quoteId, string wording) => Add(quoteId, PreparedWording.Of(wording));

    /// <returns>The wording's sketch keys.</returns>
    public IReadOnlyList<ulong> Add(string quoteId, PreparedWording wording)
    {
        if (!_quoteIndex.TryGetValue(quoteId, out var index))
        {
            index = _quotes.Count;
            _quoteIndex[quoteId] = index;
            _quotes.Add(new Quote(quoteId, wording));
        }
        var quote = _quotes[index];
        if (QuoteWording.Rank(wording) is var rank && QuoteWording.IsFuller(rank, quote.Fullest))
        {
            quote.Fullest = rank;
        }
        var entry = EntryOf(wording);
        if (quote.Wordings.Any(e => e.Ids.AsSpan().SequenceEqual(entry.Ids)))
        {
            // The same words again (another outlet printing the line alike) change no match.
            return wording.SketchKeys;
        }
        quote.Wordings.Add(entry);
        foreach (var key in wording.SketchKeys)
        {
            if (!_byKey.TryGetValue(key, out var held))
            {
                _byKey[key] = index;
            }
            else if (held >= 0 && held != index)
            {
                _byKey[key] = ~_sharedKeys.Count;
                _sharedKeys.Add([held, index]);
            }
            else if (held < 0 && !_sharedKeys[~held].Contains(index))
            {
                _sharedKeys[~held] = [.. _sharedKeys[~held], index];
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
            .SelectMany(k => !_byKey.TryGetValue(k, out var held) ? [] : held >= 0 ? [held] : _sharedKeys[~held])
            .Distinct()
            .Select(i => _quotes[i])
            .OrderBy(q => q.Id, StringComparer.Ordinal);
        string? best = null;
        var bestOverlap = 0.0;
        foreach (var quote in candidates)
        {
            var overlap = 0.0;
            foreach (var other in quote.Wordings)
            {
                var (containment, o) = Compare(other, entry);
                if (containment >= QuoteWording.MinimumContainment)
                {
                    overlap = Math.Max(overlap, o);
                }
            }
            if (overlap > bestOverlap)
            {
                (best, bestOverlap) = (quote.Id, overlap);
            }
        }
        return best;
    }

    /// <summary>The quote's fullest wording (<see cref="QuoteWording.Fullest(IEnumerable{PreparedWording})"/>).</summary>
    public string Canonical(string quoteId) => _quotes[_quoteIndex[quoteId]].Fullest.Text;

    private Entry EntryOf(PreparedWording wording)
    {
        var ids = WordAlignment.IdsOf(wording.Words, _wordIds);
        var sorted = (int[])ids.Clone();
        Array.Sort(sorted);
        return new Entry(ids, sorted);
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
