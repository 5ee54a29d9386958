namespace Corpus.Grains;

/// <summary>
/// The facts a grain has taken in (meeting reports), kept in upload order. Facts of an article already taken in
/// are ignored (<see cref="TakenIn{T}"/>). Facts usually arrive in upload order, because the intake hands them on in
/// that order; after a silo was lost, an earlier article's may come late, and the grain then derives its state again
/// from all its facts in order, so the result never depends on the order they arrived in.
/// </summary>
internal sealed class UploadOrder<T>(Func<T, (long Arrival, long Ordinal)> unitOf, Func<T, (long Arrival, long Ordinal)> placeOf)
{
    private readonly List<T> _facts = [];
    private readonly TakenIn<T> _taken = new(unitOf, placeOf);

    public IReadOnlyList<T> All => _facts;

    /// <inheritdoc cref="TakenIn{T}.Add"/>
    public List<T> Add(IEnumerable<T> facts, out bool inOrder)
    {
        var fresh = _taken.Add(facts, out inOrder);
        _facts.AddRange(fresh);
        if (!inOrder)
        {
            _facts.Sort((a, b) => placeOf(a).CompareTo(placeOf(b)));
        }
        return fresh;
    }
}
