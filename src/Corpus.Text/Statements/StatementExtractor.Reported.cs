namespace Corpus.Text.Statements;

public static partial class StatementExtractor
{
    /// <summary>Reported speech without quotation marks: <c>X said (that) …</c>, <c>…, X said.</c>, <c>According to X, …</c>.</summary>
    private static void ReportedSentence(Context context, int from, int to)
    {
        var body = context.Body;
        var words = context.SentenceWords;
        if (words.Count < 6)
        {
            return;
        }
        if (Words.Bare(body, words[0]) == "According" && Words.Bare(body, words[1]) == "to"
            && AccordingToDescription.Opening(body, words, 2) is var (last, phrase))
        {
            AddIndirect(context, phrase, "according to", words[last].End, to, "according-to-clause", words[2].Start);
            return;
        }
        for (var c = 1; c < words.Count; c++)
        {
            var span = Words.BareSpan(body, words[c]);
            if (EvidenceVerbs.Is(span))
            {
                if (EvidenceClause(context, words, c, to))
                {
                    return;
                }
                continue;
            }
            if (!Cues.IsVerb(span) && !span.SequenceEqual("according"))
            {
                continue;
            }
            var bare = span.ToString();
            if (bare == "according" && c + 1 < words.Count && Words.Last(body, words[c - 1]) == ',' && Words.Bare(body, words[c + 1]) == "to"
                && (SourcePhrase.After(body, words, c + 2) ?? AccordingToDescription.Closing(words, c + 2)) is var (_, source))
            {
                AddIndirect(context, source, "according to", from, words[c - 1].End, "clause-according-to", words[c].Start);
                return;
            }
            if (!Cues.IsVerb(bare))
            {
                continue;
            }
            var before = QuotedAsSaying(body, words, c) ?? SourcePhrase.Before(body, words, c, 0);
            var rule = "source-cue-clause";
            if (before is var (_, named) && named.Length > 0 && context.Parse(named) is null && IsDescribedSource(body, words, c))
            {
                before = null;
            }
            if (before is null && IsDescribedSource(body, words, c))
            {
                before = (DescribedSource.Start(body, words, c) ?? c - 1, string.Empty);
            }
            if (before is null && DescribedSource.IsQuantity(body, words, c))
            {
                before = (c - 1, string.Empty);
                rule = "quantity-cue-clause";
            }
            if (before is null && SharedSubject(context, words, c) is { } subject)
            {
                before = subject;
                rule = "subject-cue-clause";
            }
            if (before is var (firstWord, text))
            {
                var after = words.Count - c - 1;
                if (after >= 4)
                {
                    var clause = ReportedClause.Start(body, words, c, bare);
                    if (clause >= 0 && clause < words.Count && AddClauses(context, text, bare, clause, to, rule, words[firstWord].Start))
                    {
                        return;
                    }
                }
                else if (firstWord > 0 && Words.Last(body, words[firstWord - 1]) == ',' && firstWord >= 4
                    && AddIndirect(context, text, bare, from, words[firstWord - 1].End, "clause-source-cue", words[firstWord].Start))
                {
                    return;
                }
                continue;
            }
            // ", said X" names its source after the cue; a participle (", saying they …") opens the reported clause instead,
            // and so does a pronoun with words after it (", say they will …").
            if (Words.Last(body, words[c - 1]) == ',' && c >= 4 && !bare.EndsWith("ing", StringComparison.Ordinal)
                && SourcePhrase.After(body, words, c + 1) is var (followerLast, follower)
                && !(followerLast == c + 1 && followerLast + 1 < words.Count && !Words.EndsPhrase(body, words[followerLast]) && IsPronoun(follower)))
            {
                if (AddIndirect(context, follower, bare, from, words[c - 1].End, "clause-cue-source", words[c].Start))
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Adds the reported clause from word <paramref name="clause"/>, split where the same source goes on to a second cue:
    /// "X said A but said B", "X said A, and he said B", "X said A, adding that B" report two things.
    /// </summary>
    private static bool AddClauses(Context context, string source, string cue, int clause, int to, string rule, int position)
    {
        var body = context.Body;
        var words = context.SentenceWords;
        var added = false;
        while (true)
        {
            var next = ReportedClause.NextCue(body, words, clause);
            var nextCue = next is var (_, cueAt) ? Words.Bare(body, words[cueAt]) : string.Empty;
            var nextClause = next is var (_, at) ? ReportedClause.Start(body, words, at, nextCue) : -1;
            if (next is not var (end, second) || nextClause < 0 || nextClause >= words.Count)
            {
                return AddIndirect(context, source, cue, words[clause].Start, to, rule, position) || added;
            }
            added |= AddIndirect(context, source, cue, words[clause].Start, words[end].End, rule, position);
            clause = nextClause;
            cue = nextCue;
            rule = "second-cue-clause";
        }
    }

    private static bool IsPronoun(string word) => word is "he" or "she" or "they" or "He" or "She" or "They";

    /// <summary>"X was quoted as saying …": the source stands before the passive, not before the cue.</summary>
    private static (int First, string Text)? QuotedAsSaying(string body, List<(int Start, int End)> words, int cue)
    {
        if (cue < 4 || !Words.BareSpan(body, words[cue]).SequenceEqual("saying") || !Words.BareSpan(body, words[cue - 1]).SequenceEqual("as")
            || !Words.BareSpan(body, words[cue - 2]).SequenceEqual("quoted") || Words.Bare(body, words[cue - 3]) is not ("was" or "is" or "were" or "been" or "being"))
        {
            return null;
        }
        return SourcePhrase.Before(body, words, cue - 3, 0);
    }

    /// <summary>"The poll shows (that) …", "Researchers found that …": evidence reported like speech, kept without a speaker.</summary>
    private static bool EvidenceClause(Context context, List<(int Start, int End)> words, int cue, int to)
    {
        var body = context.Body;
        var subject = cue - 1;
        while (subject > 0 && Cues.IsAuxiliary(Words.BareSpan(body, words[subject])) && !Words.EndsPhrase(body, words[subject]))
        {
            subject--;
        }
        if (Words.EndsPhrase(body, words[subject]))
        {
            return false;
        }
        var clause = cue + 1;
        if (clause < words.Count && Words.BareSpan(body, words[clause]).SequenceEqual("that"))
        {
            clause++;
        }
        if (words.Count - clause < 4 || !EvidenceVerbs.IsSource(Words.BareSpan(body, words[subject])))
        {
            return false;
        }
        AddIndirect(context, string.Empty, Words.Bare(body, words[cue]), words[clause].Start, to, "evidence-cue-clause", words[subject].Start);
        return true;
    }

    /// <summary>
    /// A described, unnamed source right before the cue ("officials said", "a spokesman said"): the statement is kept
    /// without a speaker rather than making a speaker of a description.
    /// </summary>
    private static bool IsDescribedSource(string body, List<(int Start, int End)> words, int cue)
    {
        if (DescribedSource.Start(body, words, cue) is not null)
        {
            return true;
        }
        var noun = Words.BareSpan(body, words[cue - 1]);
        return noun.Length > 3 && char.IsLower(noun[0]) && !Words.EndsPhrase(body, words[cue - 1])
            && (DescribedSources.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun) || (noun[^1] == 's' && !noun.EndsWith("ss")));
    }

    private static readonly HashSet<string> DescribedSources = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "aide", "source", "report", "statement", "campaign", "poll", "survey",
        "study", "analysis", "memo", "letter", "lawsuit", "complaint", "filing", "release", "adviser", "advisor",
    };
}
