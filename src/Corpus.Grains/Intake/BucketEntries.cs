namespace Corpus.Grains.Intake;

/// <summary>
/// Which articles hold each bucket, for the few thousand articles settled since the bucket index was last stored:
/// one map entry per bucket and two array slots per article's bucket (about 40 bytes), as nearly every bucket holds a
/// single article. Entries are only added; the whole is built again once stored articles are dropped.
/// </summary>
internal sealed class BucketEntries
{
    private const int End = -1;

    private readonly Dictionary<long, int> _first = [];
    private readonly List<int> _article = [];
    private readonly List<int> _next = [];

    public void Add(int article, IEnumerable<long> buckets)
    {
        foreach (var bucket in buckets)
        {
            _article.Add(article);
            _next.Add(_first.TryGetValue(bucket, out var first) ? first : End);
            _first[bucket] = _article.Count - 1;
        }
    }

    public IEnumerable<int> ArticlesIn(long bucket)
    {
        for (var e = _first.GetValueOrDefault(bucket, End); e != End; e = _next[e])
        {
            yield return _article[e];
        }
    }
}
