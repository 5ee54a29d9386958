namespace Corpus.Grains;

/// <summary>
/// The articles whose facts a grain has taken in lately, and the place in upload order of the last fact: enough to
/// ignore facts given again, which makes grain methods idempotent, and to tell when an earlier article's facts come
/// late. A grain that keeps no facts remembers only the latest <see cref="Recent"/> articles, so that a grain named
/// across a large corpus does not hold an id for each of its articles: a fact of an older article that is not
/// remembered comes before the last one, so it counts as late, and the grain derives its state again from the store,
/// which is right whether that article was taken in before or not.
/// </summary>
/// <param name="remembered">How many of the latest articles are remembered.</param>
internal sealed class TakenIn<T>(Func<T, string> articleOf, Func<T, (long Arrival, long Ordinal)> placeOf, int remembered = int.MaxValue)
{
    /// <summary>Far more than a settling pass hands a grain at once, so that facts told again are seldom taken for late.</summary>
    public const int Recent = 4096;

    private readonly HashSet<string> _articles = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, (long Arrival, long Ordinal)> _oldestFirst = new();
    private (long Arrival, long Ordinal)? _last;
    private (long Arrival, long Ordinal)? _forgottenThrough;

    /// <summary>Whether the fact's article may have been taken in and forgotten since.</summary>
    public bool MayHaveForgotten(T fact) =>
        _forgottenThrough is { } through && placeOf(fact).CompareTo(through) <= 0 && !_articles.Contains(articleOf(fact));

    /// <summary>Takes in the facts of articles not taken in yet.</summary>
    /// <param name="inOrder">Whether every new fact comes after all earlier ones, so the state can simply go on from them.</param>
    /// <returns>The new facts, in upload order.</returns>
    public List<T> Add(IEnumerable<T> facts, out bool inOrder)
    {
        var fresh = facts.Where(f => !_articles.Contains(articleOf(f))).OrderBy(placeOf).ToList();
        inOrder = _last is null || fresh.Count == 0 || placeOf(fresh[0]).CompareTo(_last.Value) > 0;
        foreach (var fact in fresh)
        {
            if (_articles.Add(articleOf(fact)) && remembered < int.MaxValue)
            {
                _oldestFirst.Enqueue(articleOf(fact), placeOf(fact));
            }
        }
        var forgotten = 0;
        while (_articles.Count > remembered && _oldestFirst.TryDequeue(out var oldest, out var place))
        {
            _articles.Remove(oldest);
            _forgottenThrough = _forgottenThrough is { } through && through.CompareTo(place) > 0 ? through : place;
            forgotten++;
        }
        if (forgotten > remembered)
        {
            // A derivation from the store took in a whole family at once.
            _articles.TrimExcess();
            _oldestFirst.TrimExcess();
        }
        if (fresh.Count > 0 && (_last is null || placeOf(fresh[^1]).CompareTo(_last.Value) > 0))
        {
            _last = placeOf(fresh[^1]);
        }
        return fresh;
    }
}
