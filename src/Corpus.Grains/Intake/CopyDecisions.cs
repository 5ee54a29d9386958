using System.Data.Common;
using System.Diagnostics;
using Corpus.Grains.Articles;
using Corpus.Grains.Telemetry;
using Corpus.Storage.Articles;
using Corpus.Storage.Dedup;
using Corpus.Text.Fingerprints;

namespace Corpus.Grains.Intake;

/// <summary>
/// Whether an article copies one uploaded before it. Articles are decided in upload order, each against the articles
/// settled before it, so the decision rests on earlier uploads only: an article joins the group of the earliest article
/// it copies, groups never merge later, and the canonical article of a group is its first upload, however many silos
/// analysed which copy first. The buckets of the articles settled since the store's bucket index was last written are
/// kept here (<see cref="DedupBuckets"/>), and read back from their texts when the intake starts.
/// </summary>
/// <param name="indexBatchArticles">Settled articles whose buckets are written to the store together.</param>
internal sealed class CopyDecisions(int indexBatchArticles, CorpusMetrics metrics)
{
    private const int CachedShingles = 8192;
    private const int ArticlesLookedUpTogether = 64;
    private const int TextsReadTogether = 500;

    private readonly DuplicateFingerprinter _fingerprinter = DuplicateFingerprinter.Default;
    private readonly CrowdedBuckets _crowded = new();
    private BucketEntries _unindexed = new();
    private readonly List<(Entry Article, long[] Buckets)> _unindexedArticles = [];
    private readonly HashSet<string> _unindexedIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong[]> _shingles = new(StringComparer.Ordinal);
    private readonly Queue<string> _shingled = new();
    private bool _loaded;

    /// <summary>
    /// Decides articles in upload order. The candidates an article has among the stored articles do not depend on what
    /// is decided in this pass (the store's bucket index changes only when the pass is stored), so they are looked up
    /// for a few dozen articles at once, and the shingles of those not at hand are made from their texts read in one
    /// query, on every core: an article of a large corpus has up to <see cref="DedupParameters.MaxCandidates"/> of them,
    /// mostly articles settled long ago whose shingles are no longer kept. Most candidates share a bucket by chance (an
    /// opening paragraph, a quote), and their sketches, read with them, rule them out without their texts.
    /// </summary>
    /// <returns>For each article, the canonical article of the group it joins, or null when it copies no earlier article.</returns>
    public async Task<IReadOnlyList<string?>> CanonicalsAsync(DbConnection connection, IReadOnlyList<ArticleAnalysis> articles, CancellationToken ct)
    {
        await LoadUnindexedAsync(connection, ct);
        var canonicals = new List<string?>(articles.Count);
        foreach (var chunk in articles.Chunk(ArticlesLookedUpTogether))
        {
            var started = Stopwatch.GetTimestamp();
            var chosen = await DedupBuckets.ChooseAsync(
                connection, [.. chunk.Select(a => new CandidateQuery(a.Arrival, a.Buckets))], _fingerprinter.Parameters, _crowded, ct);
            started = metrics.Lap("settle.decide.lookup", started);
            var stored = await DedupBuckets.SettledAsync(connection, chosen, ct);
            started = metrics.Lap("settle.decide.sketches", started);
            var candidates = chunk.Select((article, i) => stored[i].Select(c => new Entry(c.Id, c.Arrival, c.DuplicateOf, c.Sketch)).Where(c => MayCopy(article, c)).ToList()).ToList();
            var prefetched = await ShinglesOfAsync(connection, [.. candidates.SelectMany(c => c).Select(c => c.Id).Distinct(StringComparer.Ordinal).Where(id => !_shingles.ContainsKey(id))], ct);
            metrics.Lap("settle.decide.texts", started);
            for (var i = 0; i < chunk.Length; i++)
            {
                canonicals.Add(await CanonicalAsync(connection, chunk[i], candidates[i], prefetched, ct));
            }
        }
        return canonicals;
    }

    private async Task<string?> CanonicalAsync(
        DbConnection connection, ArticleAnalysis article, IReadOnlyList<Entry> stored, Dictionary<string, ulong[]> prefetched, CancellationToken ct)
    {
        var candidates = UnindexedCandidates(article).Where(c => MayCopy(article, c)).Concat(stored);
        string? canonical = null;
        foreach (var candidate in candidates.OrderBy(c => c.Arrival))
        {
            var shingles = prefetched.GetValueOrDefault(candidate.Id) ?? await ShinglesOfAsync(connection, candidate.Id, ct);
            if (_fingerprinter.AreDuplicates(article.Shingles, shingles))
            {
                canonical = candidate.DuplicateOf ?? candidate.Id;
                break;
            }
        }
        Remember(article.ArticleId, article.Shingles);
        AddUnindexed(new Entry(article.ArticleId, article.Arrival, canonical, article.Article?.CopySketch), [.. article.Buckets]);
        return canonical;
    }

    /// <summary>The articles settled since the index was last stored that <see cref="CandidateChoice"/> picks from the article's buckets.</summary>
    private IEnumerable<Entry> UnindexedCandidates(ArticleAnalysis article)
    {
        var earlier = new Dictionary<long, Entry>();
        var holders = new List<IReadOnlyList<long>>();
        foreach (var bucket in article.Buckets.Distinct())
        {
            var held = new List<long>();
            foreach (var entry in _unindexed.ArticlesIn(bucket).Select(i => _unindexedArticles[i].Article).Where(e => e.Arrival < article.Arrival))
            {
                earlier[entry.Arrival] = entry;
                held.Add(entry.Arrival);
            }
            held.Sort();
            holders.Add(held);
        }
        return CandidateChoice.Choose(holders, _fingerprinter.Parameters).Select(arrival => earlier[arrival]);
    }

    /// <summary>
    /// The buckets to write to the store with the articles being settled now, once enough have gathered; the batch
    /// holds every article settled since the last one (including those decided now).
    /// </summary>
    public IndexBatch? TakeIndexBatch() =>
        _unindexedArticles.Count < indexBatchArticles
            ? null
            : new IndexBatch([.. _unindexedArticles.Select(a => (a.Article.Arrival, (IEnumerable<long>)a.Buckets))], _unindexedArticles.Max(a => a.Article.Arrival));

    /// <summary>The batch is stored: its articles are looked up in the store from now on.</summary>
    public void Indexed(IndexBatch batch)
    {
        _unindexedIds.ExceptWith(_unindexedArticles.Where(a => a.Article.Arrival <= batch.Through).Select(a => a.Article.Id));
        _unindexedArticles.RemoveAll(a => a.Article.Arrival <= batch.Through);
        _unindexed = new BucketEntries();
        for (var i = 0; i < _unindexedArticles.Count; i++)
        {
            _unindexed.Add(i, _unindexedArticles[i].Buckets);
        }
    }

    private async Task LoadUnindexedAsync(DbConnection connection, CancellationToken ct)
    {
        if (_loaded)
        {
            return;
        }
        foreach (var article in await DedupBuckets.UnindexedAsync(connection, ct))
        {
            var fingerprint = _fingerprinter.Of(article.Text);
            Remember(article.Id, fingerprint.Shingles);
            AddUnindexed(new Entry(article.Id, article.Arrival, article.DuplicateOf, fingerprint.Sketch), fingerprint.Buckets);
        }
        _loaded = true;
    }

    /// <summary>A pass that failed to store is decided again: its articles are kept once.</summary>
    private void AddUnindexed(Entry article, long[] buckets)
    {
        if (!_unindexedIds.Add(article.Id))
        {
            return;
        }
        _unindexedArticles.Add((article, [.. buckets.Distinct()]));
        _unindexed.Add(_unindexedArticles.Count - 1, _unindexedArticles[^1].Buckets);
    }

    /// <summary>
    /// Copies tend to arrive close together, so the shingles of recently settled articles are kept; an older one's
    /// are made again from the text it was fingerprinted on, read only when it is a candidate.
    /// </summary>
    private async Task<ulong[]> ShinglesOfAsync(DbConnection connection, string id, CancellationToken ct) =>
        _shingles.TryGetValue(id, out var cached) ? cached : Remember(id, (await ShinglesOfAsync(connection, [id], ct))[id]);

    /// <summary>The shingles of stored articles, made from their texts on every core; they are not kept afterwards.</summary>
    private async Task<Dictionary<string, ulong[]>> ShinglesOfAsync(DbConnection connection, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var texts = new List<KeyValuePair<string, string>>(ids.Count);
        foreach (var batch in ids.Chunk(TextsReadTogether))
        {
            texts.AddRange(await ArticleRows.LoadIndexedTextsAsync(connection, batch, ct));
        }
        var shingles = new ulong[texts.Count][];
        await Parallel.ForAsync(0, texts.Count, new ParallelOptions { TaskScheduler = TaskScheduler.Default, CancellationToken = ct }, (i, _) =>
        {
            shingles[i] = _fingerprinter.ShinglesOf(texts[i].Value);
            return ValueTask.CompletedTask;
        });
        var byId = ids.ToDictionary(id => id, _ => Array.Empty<ulong>(), StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            byId[texts[i].Key] = shingles[i];
        }
        return byId;
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

    /// <summary>Whether the sketches leave it possible that the article copies the candidate; an article or candidate without one may.</summary>
    private bool MayCopy(ArticleAnalysis article, Entry candidate) =>
        article.Article?.CopySketch is not { } sketch || candidate.Sketch is null || _fingerprinter.MayBeDuplicates(sketch, candidate.Sketch);

    private sealed record Entry(string Id, long Arrival, string? DuplicateOf, byte[]? Sketch);
}

/// <summary>The buckets of the articles settled since the store's index was last written, through the arrival <paramref name="Through"/>.</summary>
internal sealed record IndexBatch(IReadOnlyList<(long Arrival, IEnumerable<long> Buckets)> Articles, long Through);
