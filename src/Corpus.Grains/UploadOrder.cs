namespace Corpus.Grains;

/// <summary>
/// The facts a grain has taken in (mentions, reports, statements), kept in upload order. Facts of an article already
/// taken in are ignored, which makes every grain method idempotent. Facts usually arrive in upload order, because the
/// intake hands them on in that order; after a silo was lost, an earlier article's may come late, and the grain then
/// derives its state again from all its facts in order, so the result never depends on the order they arrived in.
/// </summary>
internal sealed class UploadOrder<T>(Func<T, string> articleOf, Func<T, (long Arrival, long Ordinal)> placeOf)
{
    private readonly List<T> _facts = [];
    private readonly HashSet<string> _articles = new(StringComparer.Ordinal);

    public IReadOnlyList<T> All => _facts;

    /// <summary>Adds the facts of articles not taken in yet.</summary>
    /// <param name="inOrder">Whether every new fact comes after all earlier ones, so the state can simply go on from them.</param>
    /// <returns>The new facts, in upload order.</returns>
    public List<T> Add(IEnumerable<T> facts, out bool inOrder)
    {
        var fresh = facts.Where(f => !_articles.Contains(articleOf(f))).OrderBy(placeOf).ToList();
        inOrder = _facts.Count == 0 || fresh.Count == 0 || placeOf(fresh[0]).CompareTo(placeOf(_facts[^1])) > 0;
        foreach (var fact in fresh)
        {
            _articles.Add(articleOf(fact));
        }
        _facts.AddRange(fresh);
        if (!inOrder)
        {
            _facts.Sort((a, b) => placeOf(a).CompareTo(placeOf(b)));
        }
        return fresh;
    }
}
