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

    public static bool Is(ReadOnlySpan<char> word) => word.Length > 3 && VerbLookup.Contains(word);

    public static bool IsSource(ReadOnlySpan<char> noun) => SourceLookup.Contains(noun);
}
