using Corpus.Text.Statements.Learned;

namespace Corpus.Text.Statements;

/// <summary>Told every candidate clause of the learned step: its sentence, the statement it would make, and its features.</summary>
public delegate void ClauseCandidateSeen(int sentenceStart, int start, int end, IReadOnlyList<string> features);

public static partial class StatementExtractor
{
    private static bool Overlaps(Context context, int first, int start, int end)
    {
        for (var d = first; d < context.Drafts.Count; d++)
        {
            if (context.Drafts[d].Start < end && start < context.Drafts[d].End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Only a capitalised word or a pronoun ends a phrase that can name a source. One closed by a comma would send the
    /// phrase search back over a whole appositive, parsing at every comma, for cues the rules mostly cover.
    /// </summary>
    private static bool MayName(string body, (int Start, int End) head)
    {
        var bare = Words.BareSpan(body, head);
        return bare.Length > 0 && Words.Last(body, head) != ',' && (char.IsUpper(bare[0]) || bare is "he" or "she" or "they");
    }

    /// <summary>"…, Judge Benn told reporters.": the cue of a statement the rules made has its object, not another statement.</summary>
    private static bool CuesADraft(Context context, int sentenceFirstDraft, ReadOnlySpan<char> cue)
    {
        for (var d = sentenceFirstDraft; d < context.Drafts.Count; d++)
        {
            if (cue.Equals(context.Drafts[d].Cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static (int Start, int End) ClauseSpan(string body, List<(int Start, int End)> words, ClauseCandidates.Candidate candidate) =>
        Trim(body, words[candidate.First].Start, ReportedClause.EndBeforeAside(body, words[candidate.First].Start, words[candidate.Last].End));

    private const double LengthPreference = 0.03;


    /// <summary>
    /// Of overlapping candidates over the threshold, the most probable is kept, a little in favour of the longer: a clause
    /// cut short finds under half of long annotated content, and a slightly less probable whole one still mostly lies inside it.
    /// </summary>
    private static double Preference(Kept k) => k.Probability + (LengthPreference * Math.Log(k.End - k.Start));

    /// <summary>A candidate the model rated over its threshold: the statement it would make, and where its cue word starts.</summary>
    private readonly record struct Kept(int Start, int End, string Phrase, string Cue, int Position, double Probability, int CueAt);

    /// <summary>
    /// Whether one of two overlapping statements is reported within the other ("Officials said the senator believes the
    /// vote will fail": the senator's clause lies inside the officials' one, and so does its cue), rather than another
    /// reading of the same words.
    /// </summary>
    private static bool Nests((int Start, int End, int CueAt) a, (int Start, int End, int CueAt) b) =>
        (a.Start <= b.Start && b.End <= a.End && a.Start <= b.CueAt && b.CueAt < a.End)
        || (b.Start <= a.Start && a.End <= b.End && b.Start <= a.CueAt && a.CueAt < b.End);

    /// <summary>
    /// Like <see cref="Extract(Articles.CleanArticle)"/>, but the learned step only reports its candidates (those whose
    /// cue word <paramref name="lexicon"/> rates) to <paramref name="seen"/> and keeps none, so that a trainer sees what
    /// the rules leave over.
    /// </summary>
    public static IReadOnlyList<StatementFinding> Extract(Articles.CleanArticle article, ClauseModel lexicon, ClauseCandidateSeen seen) => Run(article, lexicon, seen);

    /// <summary>
    /// A sentence without quotations, read for the clauses the rules left: the candidate clauses the model rates over its
    /// threshold become indirect statements. Their speaker is the subject when that names someone the article knows.
    /// </summary>
    private static void LearnedClause(Context context, int from, int to, int sentenceFirstDraft)
    {
        if (context.Model.CueWords == 0)
        {
            return;
        }
        var body = context.Body;
        var covered = context.Drafts.Count > sentenceFirstDraft;
        // The rules may have read only part of the sentence, and some reuse its word list for that part.
        var words = covered ? Words.Fill(body, from, to, context.SentenceWords) : context.SentenceWords;
        var spans = context.CoveredSpans;
        spans.Clear();
        for (var d = sentenceFirstDraft; d < context.Drafts.Count; d++)
        {
            spans.Add((context.Drafts[d].Start, context.Drafts[d].End));
        }
        var sentence = context.Clause;
        sentence.Load(body, words, context.Model);
        var rates = sentence.Rates;
        ClauseCandidates.Find(sentence, context.Candidates, spans);
        if (covered)
        {
            context.Candidates.RemoveAll(c => !c.Nested && (Overlaps(context, sentenceFirstDraft, words[c.Subject].Start, words[c.Last].End)
                || CuesADraft(context, sentenceFirstDraft, Words.BareSpan(body, words[c.Cue]))));
        }
        var kept = context.Kept;
        kept.Clear();
        var phraseCue = -1;
        (int First, string Text)? phrase = null;
        Speakers.Mention? mention = null;
        var cueSum = 0.0;
        foreach (var candidate in context.Candidates)
        {
            var rate = rates[candidate.Cue];
            if (phraseCue != candidate.Cue)
            {
                // A cue's candidates differ only in where they end: its subject and features are looked at once.
                phraseCue = candidate.Cue;
                phrase = MayName(body, words[candidate.Subject]) ? SourcePhrase.Before(body, words, candidate.Subject + 1, 0) : null;
                mention = phrase is var (_, text) ? context.Parse(text) : null;
                if (mention is null && GroupSubject(context, words, candidate.Subject) is { } group)
                {
                    phrase = group;
                    mention = context.Parse(group.Text);
                }
                ClauseCandidates.DescribeCue(sentence, candidate, phrase?.First ?? candidate.Subject, mention?.Form.ToString(), rate, context.Features);
                context.Features.Add("sentence", context.Drafts.Count > sentenceFirstDraft ? "reported" : "bare");

                cueSum = context.Features.Sum;
            }
            ClauseCandidates.DescribeEnding(sentence, candidate, rate, context.EndingFeatures);
            if (context.Seen is { } seen)
            {
                var (seenStart, seenEnd) = ClauseSpan(body, words, candidate);
                seen(from, seenStart, seenEnd, [.. context.Features.Names!, .. context.EndingFeatures.Names!]);
                continue;
            }
            var p = ClauseModel.Sigmoid(cueSum + context.EndingFeatures.Sum);
            if (p < context.Model.Threshold)
            {
                continue;
            }
            if (ClauseCandidates.OpensWithAuxiliary(sentence, candidate))
            {
                // "The ferry that the harbor master said was unsafe sailed …": the clause's subject is the relative pronoun's antecedent.
                continue;
            }
            var (start, end) = ClauseSpan(body, words, candidate);
            if (Words.Tokens(body, start, end) >= ClauseCandidates.MinContentWords)
            {
                var phraseFirst = phrase?.First ?? candidate.Subject;
                kept.Add(new Kept(start, end, mention is null ? string.Empty : phrase!.Value.Text, Words.Bare(body, words[candidate.Cue]), words[phraseFirst].Start, p, words[candidate.Cue].Start));
            }
        }
        // The preferred first; a candidate overlapping one already kept is another reading of the same words.
        kept.Sort((a, b) => Preference(b).CompareTo(Preference(a)));
        var added = context.KeptSpans;
        added.Clear();
        foreach (var k in kept)
        {
            if (added.Exists(a => a.Start < k.End && k.Start < a.End && !Nests(a, (k.Start, k.End, k.CueAt))))
            {
                continue;
            }
            added.Add((k.Start, k.End, k.CueAt));
            var speaker = k.Phrase.Length == 0 ? null : context.Speakers.Resolve(context.Parse(k.Phrase)!, k.Position);
            context.Drafts.Add(new Draft(k.Start, k.End, StatementKind.Indirect, k.Cue, k.Phrase.Length == 0 ? "learned-clause/described-source" : "learned-clause", Math.Round(k.Probability, 2), speaker));
        }
    }
}
