using System.Collections.Frozen;

namespace Corpus.Text.Statements;

/// <summary>
/// Verbs by which news attributes a position rather than words ("Hale wants to sell the pier", "Ferrand rejected the
/// board's plan", "Ferrand called for an audit"): what follows the verb is the position, as a reported clause follows
/// "said". They are common verbs, so only a named source opening the clause right before them makes a statement.
/// </summary>
internal static class StanceVerbs
{
    private static readonly FrozenSet<string> Verbs = new[]
    {
        "want", "wants", "wanted", "supports", "criticized", "criticised", "proposed", "refused", "plans", "planned", "knows",
        "agreed", "rejected", "dismissed", "blamed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs whose position follows a particle: "called for a prosecutor", "pushed for a vote".</summary>
    private static readonly FrozenSet<string> ParticleVerbs = new[]
    {
        "calls", "called", "pushed", "argued",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleVerbLookup = ParticleVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static IEnumerable<string> AllVerbs => Verbs.Concat(ParticleVerbs);

    /// <summary>The index of the position's first word when the word at <paramref name="verb"/> is a stance verb, or -1.</summary>
    public static int PositionStart(string body, List<(int Start, int End)> words, int verb)
    {
        var word = Words.BareSpan(body, words[verb]);
        if (verb + 1 >= words.Count || Words.EndsPhrase(body, words[verb]))
        {
            return -1;
        }
        if (VerbLookup.Contains(word))
        {
            return verb + 1;
        }
        return ParticleVerbLookup.Contains(word) && Words.BareSpan(body, words[verb + 1]).SequenceEqual("for") ? verb + 2 : -1;
    }
}
