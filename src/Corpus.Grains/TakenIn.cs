namespace Corpus.Grains;

/// <summary>
/// The articles whose facts a grain has taken in, and the place in upload order of the last fact: enough to ignore
/// facts given again, which makes grain methods idempotent, and to tell when an earlier article's facts come late.
/// </summary>
internal sealed class TakenIn<T>(Func<T, string> articleOf, Func<T, (long Arrival, long Ordinal)> placeOf)
{
    private readonly HashSet<string> _articles = new(StringComparer.Ordinal);
    private (long Arrival, long Ordinal)? _last;

    /// <summary>Takes in the facts of articles not taken in yet.</summary>
    /// <param name="inOrder">Whether every new fact comes after all earlier ones, so the state can simply go on from them.</param>
    /// <returns>The new facts, in upload order.</returns>
    public List<T> Add(IEnumerable<T> facts, out bool inOrder)
    {
        var fresh = facts.Where(f => !_articles.Contains(articleOf(f))).OrderBy(placeOf).ToList();
        inOrder = _last is null || fresh.Count == 0 || placeOf(fresh[0]).CompareTo(_last.Value) > 0;
        foreach (var fact in fresh)
        {
            _articles.Add(articleOf(fact));
        }
        if (fresh.Count > 0 && (_last is null || placeOf(fresh[^1]).CompareTo(_last.Value) > 0))
        {
            _last = placeOf(fresh[^1]);
        }
        return fresh;
    }
}
