using System.Data.Common;
using Corpus.Grains.Articles;
using Corpus.Storage.Articles;
using Corpus.Storage.Dedup;
using Corpus.Text.Fingerprints;

namespace Corpus.Grains.Intake;

/// <summary>
/// Whether an article copies one uploaded before it. Articles are decided in upload order, each against the articles
/// settled before it (stored, or earlier in the same pass), so the decision rests on earlier uploads only: an article
/// joins the group of the earliest article it copies, groups never merge later, and the canonical article of a group
/// is its first upload, however many silos analysed which copy first.
/// </summary>
internal sealed class CopyDecisions
{
    private const int CachedShingles = 8192;

    private readonly DuplicateFingerprinter _fingerprinter = DuplicateFingerprinter.Default;
    private readonly Dictionary<long, List<PassEntry>> _pass = [];
    private readonly Dictionary<string, ulong[]> _shingles = new(StringComparer.Ordinal);
    private readonly Queue<string> _shingled = new();

    /// <summary>Starts a pass: articles decided before it are all stored.</summary>
    public void BeginPass() => _pass.Clear();

    /// <returns>The canonical article of the group the article joins, or null when it copies no earlier article.</returns>
    public async Task<string?> CanonicalAsync(DbConnection connection, ArticleAnalysis article, CancellationToken ct)
    {
        var max = _fingerprinter.Parameters.MaxCandidates;
        var candidates = article.Buckets
            .SelectMany(b => _pass.TryGetValue(b, out var entries) ? entries : [])
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Arrival)
            .Take(max)
            .Select(g => g.First())
            .Concat((await DedupBuckets.CandidatesAsync(connection, article.ArticleId, article.Arrival, article.Buckets, max, ct))
                .Select(c => new PassEntry(c.Id, c.Arrival, c.DuplicateOf)));
        string? canonical = null;
        foreach (var candidate in candidates.OrderBy(c => c.Arrival))
        {
            var shingles = await ShinglesOfAsync(connection, candidate.Id, ct);
            if (_fingerprinter.AreDuplicates(article.Shingles, shingles))
            {
                canonical = candidate.DuplicateOf ?? candidate.Id;
                break;
            }
        }
        var settled = new PassEntry(article.ArticleId, article.Arrival, canonical);
        Remember(article.ArticleId, article.Shingles);
        foreach (var bucket in article.Buckets.Distinct())
        {
            (_pass.TryGetValue(bucket, out var entries) ? entries : _pass[bucket] = []).Add(settled);
        }
        return canonical;
    }

    /// <summary>
    /// Copies tend to arrive close together, so the shingles of recently settled articles are kept; an older one's
    /// are made again from the text it was fingerprinted on, read only when it is a candidate.
    /// </summary>
    private async Task<ulong[]> ShinglesOfAsync(DbConnection connection, string id, CancellationToken ct)
    {
        if (_shingles.TryGetValue(id, out var cached))
        {
            return cached;
        }
        var text = (await ArticleRows.LoadIndexedTextsAsync(connection, [id], ct)).GetValueOrDefault(id) ?? string.Empty;
        return Remember(id, _fingerprinter.ShinglesOf(text));
    }

    private ulong[] Remember(string id, ulong[] shingles)
    {
        if (!_shingles.ContainsKey(id))
        {
            if (_shingled.Count >= CachedShingles)
            {
                _shingles.Remove(_shingled.Dequeue());
            }
            _shingled.Enqueue(id);
        }
        return _shingles[id] = shingles;
    }

    private sealed record PassEntry(string Id, long Arrival, string? DuplicateOf);
}
