namespace Corpus.Text.Quotes;

/// <summary>
/// Quotes of one speaker and their wordings: finds, for a new wording, the quote it reports (MinHash
/// candidates, then word alignment against each of the quote's wordings; among quotes that contain it, the closest wins).
/// It needs to hold only the quotes that share a band (<see cref="QuoteSketch.Bands(string)"/>) with the wordings to be placed.
/// </summary>
public sealed class QuoteGrouping
{
    private readonly Dictionary<ulong, HashSet<string>> _byBand = [];
    private readonly Dictionary<string, List<Wording>> _wordings = new(StringComparer.Ordinal);

    private sealed record Wording(string Text, IReadOnlyList<string> Words);

    /// <returns>The wording's band keys.</returns>
    public IReadOnlyList<ulong> Add(string quoteId, string wording)
    {
        if (!_wordings.TryGetValue(quoteId, out var list))
        {
            _wordings[quoteId] = list = [];
        }
        var words = QuoteWording.Words(wording);
        list.Add(new Wording(wording, words));
        var bands = QuoteSketch.Bands(words);
        foreach (var band in bands)
        {
            if (!_byBand.TryGetValue(band, out var ids))
            {
                _byBand[band] = ids = new HashSet<string>(StringComparer.Ordinal);
            }
            ids.Add(quoteId);
        }
        return bands;
    }

    /// <returns>The quote this wording reports, or null when it is a new quote.</returns>
    public string? Find(string wording)
    {
        var words = QuoteWording.Words(wording);
        var candidates = QuoteSketch.Bands(words)
            .SelectMany(b => _byBand.TryGetValue(b, out var ids) ? ids : [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        string? best = null;
        var bestOverlap = 0.0;
        foreach (var id in candidates)
        {
            var overlap = _wordings[id]
                .Select(w => QuoteWording.Compare(w.Words, words))
                .Where(c => c.Containment >= QuoteWording.MinimumContainment)
                .Select(c => c.Overlap)
                .DefaultIfEmpty(0)
                .Max();
            if (overlap > bestOverlap)
            {
                (best, bestOverlap) = (id, overlap);
            }
        }
        return best;
    }

    public string Canonical(string quoteId) => QuoteWording.Fullest(_wordings[quoteId].Select(w => w.Text));
}
