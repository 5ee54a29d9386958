using System.Collections.Frozen;

namespace Corpus.Text.Statements;

/// <summary>
/// Verbs by which evidence reports something ("the poll shows", "researchers found"): news attributes what a poll,
/// study or set of records shows as it attributes speech, but only with such a source, as these verbs are common otherwise.
/// </summary>
internal static class EvidenceVerbs
{
    private static readonly FrozenSet<string> Verbs = new[]
    {
        "show", "shows", "showed", "found", "finds", "indicate", "indicates", "indicated",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Sources = new[]
    {
        "poll", "polls", "polling", "survey", "surveys", "study", "studies", "data", "records", "analysis", "analyses", "report",
        "reports", "research", "review", "investigation", "audit", "figures", "numbers", "results", "documents", "files", "filings",
        "tally", "estimates", "statistics", "census", "memo", "emails", "video", "footage", "evidence", "researchers",
        "investigators", "analysts", "scientists", "auditors", "economists", "pollsters", "inspectors", "projections", "forecast",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SourceLookup = Sources.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"In the latest poll, …": the last word of the opening phrase when it names evidence, or null.</summary>
    public static int? OpeningIn(string body, List<(int Start, int End)> words)
    {
        if (!Words.BareSpan(body, words[0]).SequenceEqual("In"))
        {
            return null;
        }
        for (var j = 1; j < words.Count - 1 && j <= MaxPhraseWords; j++)
        {
            if (Words.EndsPhrase(body, words[j]))
            {
                return Words.Last(body, words[j]) == ',' && IsSource(Words.BareSpan(body, words[j])) && Determiner(body, words[1]) ? j : null;
            }
        }
        return null;
    }

    /// <summary>"…, Kasich was at 25 percent in the latest Fox poll.": the index of that closing "in", or null.</summary>
    public static int? ClosingIn(string body, List<(int Start, int End)> words)
    {
        if (!IsSource(Words.BareSpan(body, words[^1])))
        {
            return null;
        }
        for (var j = words.Count - 2; j >= 4 && words.Count - j <= MaxPhraseWords; j--)
        {
            if (Words.EndsPhrase(body, words[j]))
            {
                return null;
            }
            if (Words.BareSpan(body, words[j]).SequenceEqual("in"))
            {
                return Determiner(body, words[j + 1]) ? j : null;
            }
        }
        return null;
    }

    private const int MaxPhraseWords = 7;

    private static bool Determiner(string body, (int Start, int End) word) =>
        Words.Bare(body, word) is "a" or "an" or "the" or "this" or "that" or "its" or "their" or "his" or "her" or "our" or "one";

    public static bool Is(ReadOnlySpan<char> word) => word.Length > 3 && VerbLookup.Contains(word);

    internal static IEnumerable<string> AllVerbs => Verbs;

    public static bool IsSource(ReadOnlySpan<char> noun) => SourceLookup.Contains(noun);
}
