namespace Corpus.Text.Speakers;

/// <summary>A known speaker of one family (same surname, or same organisation name) as identity matching sees it.</summary>
public sealed record SpeakerCandidate(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string>? Roles = null);

/// <summary>
/// Decides which known speaker a mention names. Full names must agree on the given name; a bare surname goes
/// to the family's speaker sharing one of its roles, else to the family's first speaker. Roles never merge people:
/// two Secretaries of State with different names stay two people.
/// </summary>
public static class SpeakerIdentity
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    /// <returns>The index of the matching candidate, or -1 when the mention names someone new.</returns>
    public static int Match(IReadOnlyList<SpeakerCandidate> candidates, string mention, IReadOnlyList<string>? roles = null)
    {
        var folded = SpeakerNames.Fold(mention);
        if (Tokens(folded).Count <= 1 && roles is { Count: > 0 } && candidates.Count > 1)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if (candidates[i].Roles is { } known && known.Any(r => roles.Contains(r, StringComparer.OrdinalIgnoreCase)))
                {
                    return i;
                }
            }
        }
        for (var i = 0; i < candidates.Count; i++)
        {
            if (SpeakerNames.Fold(candidates[i].Name) == folded || candidates[i].Aliases.Any(a => SpeakerNames.Fold(a) == folded))
            {
                return i;
            }
        }
        var tokens = Tokens(folded);
        if (tokens.Count <= 1)
        {
            return candidates.Count > 0 ? 0 : -1;
        }
        for (var i = 0; i < candidates.Count; i++)
        {
            if (Compatible(Tokens(SpeakerNames.Fold(candidates[i].Name)), tokens))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True when the mention is a fuller name than the known one, so the speaker should take it.</summary>
    public static bool IsFuller(string known, string mention) => TokenCount(SpeakerNames.Fold(mention)) > TokenCount(SpeakerNames.Fold(known));

    /// <summary>The number of <see cref="Tokens"/> of a folded name, which has single spaces between words and none at either end.</summary>
    private static int TokenCount(string folded) => folded.Length == 0 ? 0 : folded.AsSpan().Count(' ') + 1;

    /// <summary>True when two full names agree on the given name (an initial agrees with a name it starts).</summary>
    public static bool SameGivenName(string a, string b) => Compatible(Tokens(SpeakerNames.Fold(a)), Tokens(SpeakerNames.Fold(b)));

    private static bool Compatible(List<string> known, List<string> mention)
    {
        if (known.Count <= 1)
        {
            return true;
        }
        var knownSuffix = known.Where(Suffixes.Contains).ToList();
        var mentionSuffix = mention.Where(Suffixes.Contains).ToList();
        if (!knownSuffix.SequenceEqual(mentionSuffix))
        {
            return false;
        }
        var a = known[0];
        var b = mention[0];
        return a == b || (a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal));
    }

    private static List<string> Tokens(string folded) => [.. folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
