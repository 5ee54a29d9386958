namespace Corpus.Grains;

/// <summary>
/// What a grain has taken in lately, and the place in upload order of the last fact: enough to ignore facts given
/// again, which makes grain methods idempotent, and to tell when earlier facts come late. What is taken in at once is
/// a unit: an article, known by its arrival, or, for a grain whose facts are statements, one statement, known by its
/// place. A grain that keeps no facts remembers only the latest <see cref="Recent"/> units, so that a grain named across
/// a large corpus does not hold one for each of its articles: a fact of an older unit that is not remembered comes
/// before the last one, so it counts as late, and the grain derives its state again from the store, which is right
/// whether that unit was taken in before or not. Units are kept as numbers, not ids: a few thousand grains each
/// remember thousands of them.
/// </summary>
/// <param name="unitOf">
/// The unit a fact belongs to: <c>(arrival, 0)</c> for an article, its place for a statement. Units must sort as their
/// facts do in upload order: the oldest remembered units are the smallest.
/// </param>
/// <param name="remembered">How many of the latest units are remembered.</param>
internal sealed class TakenIn<T>(Func<T, (long Arrival, long Ordinal)> unitOf, Func<T, (long Arrival, long Ordinal)> placeOf, int remembered = int.MaxValue)
{
    /// <summary>
    /// Twice the articles of a settling pass (<c>IntakeOptions.MaxPass</c>), so that the facts of a pass told again are
    /// seldom taken for late.
    /// </summary>
    public const int Recent = 2048;

    /// <summary>
    /// The remembered units in ascending order, 16 bytes each: facts come in upload order, so a new unit nearly always
    /// goes at the end, and the oldest are dropped from the front a quarter of <c>remembered</c> at a time.
    /// </summary>
    private readonly List<(long, long)> _units = [];
    private (long Arrival, long Ordinal)? _last;
    private (long Arrival, long Ordinal)? _forgottenThrough;

    /// <summary>
    /// Facts up to this place were taken in before, by state this grain restored: one of them given again comes before
    /// the last one, so it counts as late.
    /// </summary>
    public void StartAfter((long Arrival, long Ordinal) place)
    {
        if (_last is null || place.CompareTo(_last.Value) > 0)
        {
            _last = place;
        }
    }

    /// <summary>Whether the fact's unit may have been taken in and forgotten since.</summary>
    public bool MayHaveForgotten(T fact) =>
        _forgottenThrough is { } through && unitOf(fact).CompareTo(through) <= 0 && !Remembers(unitOf(fact));

    /// <summary>Takes in the facts of units not taken in yet.</summary>
    /// <param name="inOrder">Whether every new fact comes after all earlier ones, so the state can simply go on from them.</param>
    /// <returns>The new facts, in upload order.</returns>
    public List<T> Add(IEnumerable<T> facts, out bool inOrder)
    {
        var fresh = facts.Where(f => !Remembers(unitOf(f))).OrderBy(placeOf).ToList();
        inOrder = _last is null || fresh.Count == 0 || placeOf(fresh[0]).CompareTo(_last.Value) > 0;
        foreach (var fact in fresh)
        {
            Remember(unitOf(fact));
        }
        if (_units.Count > (long)remembered + remembered / 4)
        {
            var forgotten = _units.Count - remembered;
            _forgottenThrough = _forgottenThrough is { } through && through.CompareTo(_units[forgotten - 1]) > 0 ? through : _units[forgotten - 1];
            _units.RemoveRange(0, forgotten);
            if (forgotten > remembered)
            {
                // A derivation from the store took in a whole family at once.
                _units.TrimExcess();
            }
        }
        if (fresh.Count > 0 && (_last is null || placeOf(fresh[^1]).CompareTo(_last.Value) > 0))
        {
            _last = placeOf(fresh[^1]);
        }
        return fresh;
    }

    private bool Remembers((long, long) unit) => _units.BinarySearch(unit) >= 0;

    private void Remember((long, long) unit)
    {
        if (_units.Count == 0 || unit.CompareTo(_units[^1]) > 0)
        {
            _units.Add(unit);
        }
        else if (_units.BinarySearch(unit) is var at && at < 0)
        {
            _units.Insert(~at, unit);
        }
    }
}
