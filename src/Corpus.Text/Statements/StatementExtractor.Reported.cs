using System.Collections.Frozen;

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
        if (Words.BareSpan(body, words[0]).SequenceEqual("According") && Words.BareSpan(body, words[1]).SequenceEqual("to")
            && AccordingToDescription.Opening(body, words, 2) is var (last, phrase))
        {
            AddIndirect(context, phrase, "according to", words[last].End, to, "according-to-clause", words[2].Start);
            return;
        }
        if (EvidenceVerbs.OpeningIn(body, words) is { } openingEnd)
        {
            AddIndirect(context, string.Empty, "in", words[openingEnd].End, to, "in-evidence-clause", words[0].Start);
            return;
        }
        for (var c = 1; c < words.Count; c++)
        {
            var span = Words.BareSpan(body, words[c]);
            if (span.Length < 3 || !ReportTriggerShapes.MayContain(span) || !ReportTriggerLookup.Contains(span))
            {
                continue;
            }
            if (EvidenceVerbs.Is(span))
            {
                if (EvidenceClause(context, words, c, to))
                {
                    return;
                }
                continue;
            }
            if (StanceVerbs.PositionStart(body, words, c) is var position and >= 0)
            {
                if (StanceClause(context, words, c, position, to))
                {
                    return;
                }
                continue;
            }
            if (!Cues.IsVerb(span) && !span.SequenceEqual("according") && !ReportedClause.IsAttitude(span))
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
            if (!Cues.IsVerb(bare) && !ReportedClause.IsAttitude(span))
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
                before = GroupSubject(context, words, SubjectHead(body, words, c)) ?? (DescribedSource.Start(body, words, c) ?? c - 1, string.Empty);
            }
            if (before is null && RelativeSource(context, words, c) is { } relative)
            {
                before = relative;
                rule = "relative-cue-clause";
            }
            if (before is null && words.Count - c <= 4 && DescribedSource.AfterComma(body, words, c) is { } described)
            {
                before = (described, string.Empty);
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
                if (after >= 4 && firstWord >= 4 && Words.Last(body, words[firstWord - 1]) == ',' && Words.Last(body, words[c]) == ','
                    && AddIndirect(context, text, bare, from, words[firstWord - 1].End, "clause-source-cue", words[firstWord].Start))
                {
                    // "…, a spokesman said, adding that …" and "The deal, she said, is off": the clause goes on after the cue.
                    var participle = Words.BareSpan(body, words[c + 1]);
                    var cue = participle.EndsWith("ing", StringComparison.Ordinal) && Cues.IsVerb(participle) ? participle.ToString() : null;
                    var rest = cue is null ? c + 1 : ReportedClause.Start(body, words, c + 1, cue);
                    if (rest >= 0 && rest < words.Count)
                    {
                        AddClauses(context, text, cue ?? bare, rest, to, "clause-source-cue-clause", words[firstWord].Start);
                    }
                    return;
                }
                if (after >= 4 || (after >= 2 && IsClausePronoun(Words.Bare(body, words[c + 1]))))
                {
                    var clause = ReportedClause.Start(body, words, c, bare);
                    var end = rule == "relative-cue-clause" ? ReportedClause.RelativeEnd(body, words, clause, to)
                        : ReportedClause.IsSubordinate(body, words, firstWord) ? ReportedClause.SubordinateEnd(body, words, clause, to) : to;
                    if (clause >= 0 && clause < words.Count && AddClauses(context, text, bare, clause, end, rule, words[firstWord].Start))
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
            if (Words.Last(body, words[c - 1]) == ',' && c >= 4 && !bare.EndsWith("ing", StringComparison.Ordinal))
            {
                var follower = SourcePhrase.After(body, words, c + 1) is var (followerLast, name)
                    && !(followerLast == c + 1 && followerLast + 1 < words.Count && !Words.EndsPhrase(body, words[followerLast]) && IsPronoun(name))
                    ? name
                    : DescribedSource.Following(body, words, c + 1) ? string.Empty : null;
                if (follower is not null && AddIndirect(context, follower, bare, from, words[c - 1].End, "clause-cue-source", words[c].Start))
                {
                    return;
                }
            }
        }
        if (EvidenceVerbs.ClosingIn(body, words) is { } inAt)
        {
            AddIndirect(context, string.Empty, "in", from, words[inAt - 1].End, "clause-in-evidence", words[inAt].Start);
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
            var nextCue = next is var (_, cueAt, _) ? Words.Bare(body, words[cueAt]) : string.Empty;
            var nextClause = next is var (_, at, _) ? ReportedClause.Start(body, words, at, nextCue) : -1;
            var nextSource = next is var (_, c, sourceAt) ? SecondSource(context, words, c, sourceAt, source) : null;
            // A cue past the report's end ("While he's said he'll fight …, X must decide what he'll demand") is another sentence part's.
            if (next is not var (end, second, _) || nextClause < 0 || nextClause >= words.Count || words[nextClause].Start >= to || nextSource is null)
            {
                return AddIndirect(context, source, cue, words[clause].Start, to, rule, position) || added;
            }
            added |= AddIndirect(context, source, cue, words[clause].Start, words[end].End, rule, position);
            clause = nextClause;
            cue = nextCue;
            source = nextSource;
            rule = "second-cue-clause";
        }
    }

    /// <summary>The source of a second cue: the first one's when no words name another, else a name, a share or a description.</summary>
    private static string? SecondSource(Context context, List<(int Start, int End)> words, int cue, int sourceAt, string first)
    {
        var body = context.Body;
        if (sourceAt == cue)
        {
            return first;
        }
        if (SourcePhrase.Before(body, words, cue, sourceAt) is var (_, named) && context.Parse(named) is not null)
        {
            return named;
        }
        return DescribedSource.IsQuantity(body, words, cue) || IsDescribedSource(body, words, cue) ? string.Empty : null;
    }

    /// <summary>"…, who said …" and "people who say …": the relative pronoun's antecedent is the source, when it is a name.</summary>
    private static (int First, string Text)? RelativeSource(Context context, List<(int Start, int End)> words, int cue)
    {
        var body = context.Body;
        var who = cue - 1;
        while (who > 0 && Cues.IsAuxiliary(Words.BareSpan(body, words[who])) && !Words.EndsPhrase(body, words[who]))
        {
            who--;
        }
        if (who < 1 || !Words.BareSpan(body, words[who]).SequenceEqual("who"))
        {
            return null;
        }
        var antecedent = Words.Last(body, words[who - 1]) == ',' ? SourcePhrase.EndingAt(body, words, who - 1) : SourcePhrase.Before(body, words, who, 0);
        return antecedent is var (first, text) && context.Parse(text) is { Form: Speakers.MentionForm.Name }
            ? (first, text)
            : (who, string.Empty);
    }

    /// <summary>Every word that can start a report, so that the many words that cannot are passed over with one lookup.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportTriggerLookup =
        Cues.AllVerbs.Concat(EvidenceVerbs.AllVerbs).Concat(ReportedClause.AllAttitudes).Concat(StanceVerbs.AllVerbs).Append("according")
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shapes of the trigger words: most words of a sentence are passed over without hashing them.</summary>
    private static readonly WordShapeFilter ReportTriggerShapes = new(ReportTriggerLookup.Set);

    /// <summary>
    /// A verb the rules take as a cue only with a clause or an evidence source ("announced a plan", "found a job", "thought
    /// about it" report nothing): where the rules made nothing of it, the learned step leaves it alone too.
    /// </summary>
    internal static bool ReportsOnlyWithClause(ReadOnlySpan<char> word) => EvidenceVerbs.Is(word) || ReportedClause.TakesObject(word) || ReportedClause.IsAttitude(word);

    private static bool IsClausePronoun(string word) => word is "he" or "she" or "they" or "it" or "we" or "I";

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
        if (words.Count - clause < 4 || EvidenceHead(body, words, subject) is not { } head)
        {
            return false;
        }
        subject = head;
        AddIndirect(context, string.Empty, Words.Bare(body, words[cue]), words[clause].Start, to, "evidence-cue-clause", words[subject].Start);
        return true;
    }

    private const int MaxEvidencePhraseWords = 8;

    /// <summary>
    /// The evidence noun heading the subject that ends at <paramref name="end"/>, past the words that modify it:
    /// "The report published Tuesday shows", "Polling of union voters shows", "Exit polls taken in three states found".
    /// </summary>
    private static int? EvidenceHead(string body, List<(int Start, int End)> words, int end)
    {
        for (var k = end; k >= 0 && end - k < MaxEvidencePhraseWords; k--)
        {
            var word = Words.BareSpan(body, words[k]);
            if ((k < end && Words.EndsPhrase(body, words[k])) || (k < end && (Cues.IsVerb(word) || EvidenceVerbs.Is(word))))
            {
                return null;
            }
            if (EvidenceVerbs.IsSource(word))
            {
                return k;
            }
        }
        return null;
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
        return IsDescribedNoun(body, words, cue - 1) || IsModifiedDescription(body, words, cue);
    }

    private static bool IsDescribedNoun(string body, List<(int Start, int End)> words, int at)
    {
        var noun = Words.BareSpan(body, words[at]);
        return noun.Length > 3 && char.IsLower(noun[0]) && !Words.EndsPhrase(body, words[at])
            && (DescribedSources.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun) || (noun[^1] == 's' && !noun.EndsWith("ss")));
    }

    /// <summary>
    /// "Shop owners near the water say", "officials in both parties said": a described noun with a place or group after
    /// it, a few words without a verb or a break between it and the cue.
    /// </summary>
    private static bool IsModifiedDescription(string body, List<(int Start, int End)> words, int cue)
    {
        for (var p = cue - 2; p >= 1 && cue - p <= MaxModifierWords; p--)
        {
            var word = Words.BareSpan(body, words[p]);
            if (Words.EndsPhrase(body, words[p]) || Cues.IsVerb(word) || ModifierBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }
            if (PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return IsDescribedNoun(body, words, p - 1);
            }
        }
        return false;
    }

    private const int MaxModifierWords = 5;

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "near", "in", "at", "from", "on", "across", "around", "inside", "outside", "within", "close",
    };

    /// <summary>Words that make what stands before the cue a clause rather than a noun phrase.</summary>
    private static readonly HashSet<string> ModifierBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "who", "whom", "which", "what", "is", "was", "are", "were", "be", "been", "and", "or", "but", "if", "when", "he", "she",
        "they", "it", "we", "i", "you", "not", "as", "than", "to", "have", "has", "had",
    };

    private static readonly HashSet<string> DescribedSources = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "aide", "source", "report", "statement", "campaign", "poll", "survey",
        "study", "analysis", "memo", "letter", "lawsuit", "complaint", "filing", "release", "adviser", "advisor",
    };
}
