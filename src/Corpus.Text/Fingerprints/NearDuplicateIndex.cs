namespace Corpus.Text.Fingerprints;

/// <summary>
/// An in-memory band-bucket index making the same decision the article grain makes against its tables, for the
/// evaluation and the benchmark. Articles are numbered in arrival order; an article that copies earlier ones joins the
/// group of the earliest it copies, and groups never merge afterwards, so an article's group depends only on the
/// articles that arrived before it, whatever order they were processed in. Sketches are kept, as the store keeps
/// them; shingle sets are not: <c>shinglesOf</c> reads them back, as the grain reads a candidate's text from storage.
/// Almost every bucket holds one article, so buckets live in an open-addressed table of plain arrays (key, first
/// entry) and entries in two int arrays (article, next entry of the same bucket): about 30 bytes per bucket entry.
/// </summary>
public sealed class NearDuplicateIndex(DuplicateFingerprinter fingerprinter, Func<int, ulong[]> shinglesOf)
{
    private const int End = -1;

    private long[] _keys = new long[1024];
    private int[] _heads = NewHeads(1024);
    private int _buckets;
    private int[] _entryArticle = new int[1024];
    private int[] _nextEntry = new int[1024];
    private int _entries;
    private readonly List<int> _parent = [];
    private readonly List<byte[]> _sketches = [];

    public int Count => _parent.Count;

    /// <summary>Confirmations run so far: candidates that shared a bucket and had their shingle sets compared.</summary>
    public long Comparisons { get; private set; }

    /// <summary>Candidates that shared a bucket but were ruled out by their sketches, without a comparison.</summary>
    public long RuledOut { get; private set; }

    /// <summary>Adds the next article and returns the number of its canonical article (its own when it is new).</summary>
    public int Add(DuplicateFingerprint fingerprint)
    {
        var article = _parent.Count;
        _parent.Add(article);
        _sketches.Add(fingerprint.Sketch);
        if (fingerprint.IsEmpty)
        {
            return article;
        }
        // Earliest first: the first confirmed copy decides, and later candidates need no comparison.
        foreach (var candidate in CandidatesOf(fingerprint.Buckets).Order())
        {
            if (!fingerprinter.MayBeDuplicates(fingerprint.Sketch, _sketches[candidate]))
            {
                RuledOut++;
                continue;
            }
            Comparisons++;
            if (fingerprinter.AreDuplicates(fingerprint.Shingles, shinglesOf(candidate)))
            {
                _parent[article] = CanonicalOf(candidate);
                break;
            }
        }
        foreach (var bucket in fingerprint.Buckets)
        {
            Insert(bucket, article);
        }
        return CanonicalOf(article);
    }

    /// <summary>The candidates <see cref="CandidateChoice"/> picks: the same choice <c>DedupBuckets.CandidatesAsync</c> makes.</summary>
    private IEnumerable<int> CandidatesOf(long[] buckets)
    {
        var holders = new List<IReadOnlyList<long>>(buckets.Length);
        foreach (var bucket in buckets.Distinct())
        {
            var held = new List<long>();
            for (var e = _heads[SlotOf(bucket)]; e != End; e = _nextEntry[e])
            {
                held.Add(_entryArticle[e]);
            }
            held.Reverse();
            holders.Add(held);
        }
        return CandidateChoice.Choose(holders, fingerprinter.Parameters).Select(a => (int)a);
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

    private void Insert(long bucket, int article)
    {
        var slot = SlotOf(bucket);
        if (_heads[slot] != End && _entryArticle[_heads[slot]] == article)
        {
            return;
        }
        if (_entries == _entryArticle.Length)
        {
            Array.Resize(ref _entryArticle, _entries * 2);
            Array.Resize(ref _nextEntry, _entries * 2);
        }
        _entryArticle[_entries] = article;
        _nextEntry[_entries] = _heads[slot];
        if (_heads[slot] == End)
        {
            _keys[slot] = bucket;
            _buckets++;
        }
        _heads[slot] = _entries++;
        if (_buckets * 4 > _keys.Length * 3)
        {
            Grow();
        }
    }

    /// <summary>The slot holding <paramref name="bucket"/>, or the empty slot where it would go (linear probing).</summary>
    private int SlotOf(long bucket)
    {
        var mask = _keys.Length - 1;
        var slot = (int)bucket & mask;
        while (_heads[slot] != End && _keys[slot] != bucket)
        {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void Grow()
    {
        var (keys, heads) = (_keys, _heads);
        _keys = new long[keys.Length * 2];
        _heads = NewHeads(keys.Length * 2);
        for (var i = 0; i < keys.Length; i++)
        {
            if (heads[i] != End)
            {
                var slot = SlotOf(keys[i]);
                _keys[slot] = keys[i];
                _heads[slot] = heads[i];
            }
        }
    }

    private static int[] NewHeads(int length)
    {
        var heads = new int[length];
        Array.Fill(heads, End);
        return heads;
    }
}
