namespace Corpus.Text.Fingerprints;

/// <summary>
/// An in-memory band-bucket index making the same decision the article grain makes against its tables, for the
/// evaluation and the benchmark. Articles are numbered in arrival order and grouped by union-find: an article that
/// confirms candidates of several groups joins them into one, whose canonical article is the earliest. Shingle sets
/// are not kept here: <c>shinglesOf</c> reads them back, as the grain reads a candidate's clean text from storage.
/// </summary>
public sealed class NearDuplicateIndex(DuplicateFingerprinter fingerprinter, Func<int, ulong[]> shinglesOf)
{
    private const int End = -1;

    private readonly Dictionary<long, int> _firstEntry = [];
    private readonly List<int> _entryArticle = [];
    private readonly List<int> _nextEntry = [];
    private readonly List<int> _parent = [];

    public int Count => _parent.Count;

    /// <summary>Bucket entries held, one per (bucket, article).</summary>
    public int Entries => _entryArticle.Count;

    /// <summary>Confirmations run so far: candidates that shared a bucket and had their shingle sets compared.</summary>
    public long Comparisons { get; private set; }

    /// <summary>Adds the next article and returns the number of its canonical article (its own when it is new).</summary>
    public int Add(DuplicateFingerprint fingerprint)
    {
        var article = _parent.Count;
        _parent.Add(article);
        if (fingerprint.IsEmpty)
        {
            return article;
        }
        var seen = new HashSet<int>();
        foreach (var bucket in fingerprint.Buckets)
        {
            for (var e = _firstEntry.GetValueOrDefault(bucket, End); e != End; e = _nextEntry[e])
            {
                var candidate = _entryArticle[e];
                // A candidate already in this article's group cannot change anything.
                if (CanonicalOf(candidate) != CanonicalOf(article) && seen.Add(candidate))
                {
                    Comparisons++;
                    if (fingerprinter.AreDuplicates(fingerprint.Shingles, shinglesOf(candidate)))
                    {
                        Union(candidate, article);
                    }
                }
            }
        }
        foreach (var bucket in fingerprint.Buckets.Distinct())
        {
            _entryArticle.Add(article);
            _nextEntry.Add(_firstEntry.GetValueOrDefault(bucket, End));
            _firstEntry[bucket] = _entryArticle.Count - 1;
        }
        return CanonicalOf(article);
    }

    public int CanonicalOf(int article)
    {
        var root = article;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }
        while (_parent[article] != root)
        {
            (article, _parent[article]) = (_parent[article], root);
        }
        return root;
    }

    /// <summary>The later root points to the earlier, so a group's root is always its first article.</summary>
    private void Union(int a, int b)
    {
        var (ra, rb) = (CanonicalOf(a), CanonicalOf(b));
        _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
