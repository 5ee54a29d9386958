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
    // to that quote's index, or to the complement of an index into _sharedKeys when several quotes share it. Keys are
    // held by their low 32 bits, a third less map for a speaker with a hundred thousand wordings; a quote that shares
    // one only by chance is one more candidate for the word alignment to judge.
    private readonly Dictionary<uint, int> _byKey = [];
    private readonly List<int[]> _sharedKeys = [];
    private readonly List<Quote> _quotes = [];
    private readonly Dictionary<string, int> _quoteIndex = new(StringComparer.Ordinal);

    /// <summary>
    /// A quote's distinct wordings as <see cref="PreparedWording.WordHashes"/>: their text is not kept (only the canonical
    /// one's is needed), nor a vocabulary of the speaker's words, which cost more than the wordings.
    /// </summary>
    private sealed class Quote(string id, PreparedWording first)
    {
        public string Id { get; } = id;

        /// <summary>Most quotes have one wording: an array grown by one costs less than a list.</summary>
        public ulong[][] Wordings { get; set; } = [];

        /// <summary>The rank of its fullest wording (<see cref="QuoteWording.Rank"/>), with that wording's text.</summary>
        public (int Words, int Edits, string Text) Fullest { get; set; } = QuoteWording.Rank(first);
    }

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
        var words = wording.WordHashes;
        if (quote.Wordings.Any(w => w.AsSpan().SequenceEqual(words)))
        {
            // The same words again (another outlet printing the line alike) change no match.
            return wording.SketchKeys;
        }
        quote.Wordings = [.. quote.Wordings, words];
        foreach (var key in wording.SketchKeys.Select(k => (uint)k))
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
        var words = wording.WordHashes;
        var sorted = words.Order().ToArray();
        var candidates = wording.SketchKeys
            .SelectMany(k => !_byKey.TryGetValue((uint)k, out var held) ? [] : held >= 0 ? [held] : _sharedKeys[~held])
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
                var (containment, o) = Compare(other, words, sorted);
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

    /// <summary>
    /// <see cref="QuoteWording.Compare(IReadOnlyList{string}, IReadOnlyList{string})"/> of a held wording and a new one,
    /// skipping the alignment when the words the two share (counted with repeats) could not reach the containment asked
    /// for: most candidates share a word or two. The held wording is sorted here rather than kept sorted as well.
    /// </summary>
    private static (double Containment, double Overlap) Compare(ulong[] held, ulong[] words, ulong[] sortedWords)
    {
        Span<ulong> heldSorted = held.Length <= 256 ? stackalloc ulong[held.Length] : new ulong[held.Length];
        held.CopyTo(heldSorted);
        heldSorted.Sort();
        var shared = Resemblance.Intersection<ulong>(heldSorted, sortedWords);
        var (shorter, longer) = held.Length <= words.Length ? (held, words) : (words, held);
        if (shared < QuoteWording.MinimumAligned || shared < QuoteWording.MinimumContainment * shorter.Length)
        {
            return (0, 0);
        }
        return QuoteWording.Score(WordAlignment.AlignedInRuns<ulong>(shorter, longer), shorter.Length, longer.Length);
    }
}
