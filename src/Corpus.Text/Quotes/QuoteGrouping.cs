namespace Corpus.Text.Quotes;

/// <summary>
/// One speaker's quotes and their wordings: finds, for a new wording, the quote it reports (MinHash
/// candidates, then word alignment against each of the quote's wordings; among quotes that contain it, the closest wins).
/// </summary>
public sealed class QuoteGrouping
{
    private readonly Dictionary<ulong, HashSet<string>> _byBand = [];
    private readonly Dictionary<string, List<string>> _wordings = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, List<string>> Wordings => _wordings;

    public void Add(string quoteId, string wording)
    {
        if (!_wordings.TryGetValue(quoteId, out var list))
        {
            _wordings[quoteId] = list = [];
        }
        list.Add(wording);
        foreach (var band in QuoteSketch.Bands(wording))
        {
            if (!_byBand.TryGetValue(band, out var ids))
            {
                _byBand[band] = ids = new HashSet<string>(StringComparer.Ordinal);
            }
            ids.Add(quoteId);
        }
    }

    /// <returns>The quote this wording reports, or null when it is a new quote.</returns>
    public string? Find(string wording)
    {
        var candidates = QuoteSketch.Bands(wording)
            .SelectMany(b => _byBand.TryGetValue(b, out var ids) ? ids : [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        string? best = null;
        var bestOverlap = 0.0;
        foreach (var id in candidates)
        {
            var overlap = _wordings[id]
                .Select(w => QuoteWording.Compare(w, wording))
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

    public string Canonical(string quoteId) => QuoteWording.Fullest(_wordings[quoteId]);
}
