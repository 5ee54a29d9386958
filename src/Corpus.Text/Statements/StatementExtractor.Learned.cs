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

    private static bool HoldsADraftCue(Context context, int sentenceFirstDraft, ClauseSentence sentence, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (CuesADraft(context, sentenceFirstDraft, sentence.Bare(k)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Drops the candidates of a stretch whose cue, or a word of whose content, is the cue of a statement the rules made of the sentence.</summary>
    private static void RemoveAttributionCues(Context context, int sentenceFirstDraft, ClauseSentence sentence)
    {
        var candidates = context.Candidates;
        var kept = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!CuesADraft(context, sentenceFirstDraft, sentence.Bare(c.Cue)) && !HoldsADraftCue(context, sentenceFirstDraft, sentence, c.First, c.Last))
            {
                candidates[kept++] = c;
            }
        }
        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    /// <summary>Drops the candidates, but nested ones, that overlap a statement the rules made of the sentence or whose cue is one of theirs.</summary>
    private static void RemoveCovered(Context context, int sentenceFirstDraft, ClauseSentence sentence)
    {
        var candidates = context.Candidates;
        var words = sentence.Words;
        var kept = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Nested || !(Overlaps(context, sentenceFirstDraft, words[c.Subject].Start, words[c.Last].End) || CuesADraft(context, sentenceFirstDraft, sentence.Bare(c.Cue))))
            {
                candidates[kept++] = c;
            }
        }
        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private static bool OverlapsAnother(List<(int Start, int End, int CueAt)> added, Kept k)
    {
        foreach (var a in added)
        {
            if (a.Start < k.End && k.Start < a.End && !Nests(a, (k.Start, k.End, k.CueAt)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The mention form's name as a feature value (what <see cref="Enum.ToString()"/> gives, without formatting it each time).</summary>
    private static string? FormName(Speakers.Mention? mention) => mention?.Form switch
    {
        null => null,
        Speakers.MentionForm.Name => nameof(Speakers.MentionForm.Name),
        Speakers.MentionForm.Pronoun => nameof(Speakers.MentionForm.Pronoun),
        Speakers.MentionForm.Nominal => nameof(Speakers.MentionForm.Nominal),
        Speakers.MentionForm.Organization => nameof(Speakers.MentionForm.Organization),
        var form => form.ToString(),
    };

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
    /// Words a stretch beside a quotation needs before it is read: shorter ones are mostly the quotation's own attribution
    /// ("”, the mayor told reporters on Tuesday. “"), and on PolNeAR train reading them found nothing more.
    /// </summary>
    private const int MinStretchWords = 7;

    /// <summary>
    /// The cue rate from which a verb beside a quotation makes candidates. Weaker cues there are a third of the candidates
    /// and the least precise; leaving them out keeps the step's cost near that of sentences without quotations alone.
    /// </summary>
    private const double MinQuotedCueRate = 0.2;

    /// <summary>
    /// A sentence with quotations, read for reported clauses beside them ("The mayor said the bridge will reopen in May and
    /// called it “long overdue.”"): each stretch between the statements the rules made is read like a sentence of its own.
    /// The quotations themselves are not read: clauses reported inside them are few and mostly wrong, and reading them is costly.
    /// </summary>
    private static void LearnedQuotedClause(Context context, int from, int to, int sentenceFirstDraft)
    {
        if (context.Model.CueWords == 0)
        {
            return;
        }
        var statements = context.QuotedStatements;
        statements.Clear();
        for (var d = sentenceFirstDraft; d < context.Drafts.Count; d++)
        {
            statements.Add((context.Drafts[d].Start, context.Drafts[d].End));
        }
        statements.Sort();
        var stretchStart = from;
        foreach (var (start, end) in statements)
        {
            var stretchEnd = start;
            while (stretchEnd > stretchStart && (char.IsWhiteSpace(context.Body[stretchEnd - 1]) || context.Body[stretchEnd - 1] is '“' or '"' or '‘' or '\''))
            {
                // The marks opening the statement's quotation belong to it, not to a clause before it.
                stretchEnd--;
            }
            if (stretchEnd > stretchStart)
            {
                LearnedClause(context, stretchStart, stretchEnd, sentenceFirstDraft, Stretch.BeforeStatement);
            }
            stretchStart = Math.Max(stretchStart, end);
        }
        if (stretchStart < to)
        {
            LearnedClause(context, stretchStart, to, sentenceFirstDraft, Stretch.ToSentenceEnd);
        }
    }

    /// <summary>What the learned step reads: a sentence without quotations, or a stretch beside the statements the rules made of a sentence with them.</summary>
    private enum Stretch
    {
        Sentence,
        BeforeStatement,
        ToSentenceEnd,
    }

    /// <summary>
    /// A sentence without quotations, read for the clauses the rules left: the candidate clauses the model rates over its
    /// threshold become indirect statements. Their speaker is the subject when that names someone the article knows.
    /// A stretch of a sentence with quotations (<paramref name="stretch"/>) is read the same way, for cues rated
    /// <see cref="MinQuotedCueRate"/> or more.
    /// </summary>
    private static void LearnedClause(Context context, int from, int to, int sentenceFirstDraft, Stretch stretch = Stretch.Sentence)
    {
        if (context.Model.CueWords == 0)
        {
            return;
        }
        var body = context.Body;
        var quoted = stretch != Stretch.Sentence;
        var covered = !quoted && context.Drafts.Count > sentenceFirstDraft;
        // A stretch is part of the sentence, whose rules may also have reused the word list for a part of it; the rules
        // for a sentence without quotations leave its words as they are.
        var words = quoted ? Words.Fill(body, from, to, context.SentenceWords) : context.SentenceWords;
        if (quoted && words.Count < MinStretchWords)
        {
            return;
        }
        var spans = context.CoveredSpans;
        spans.Clear();
        for (var d = sentenceFirstDraft; d < context.Drafts.Count; d++)
        {
            spans.Add((context.Drafts[d].Start, context.Drafts[d].End));
        }
        var sentence = context.Clause;
        sentence.Load(body, words, context.Model);
        var rates = sentence.Rates;
        ClauseCandidates.Find(sentence, context.Candidates, quoted ? null : spans, quoted ? MinQuotedCueRate : 0);
        if (quoted)
        {
            // "… unveiled a plan to rebuild the pier, and the harbor master said “…”": a content may not run across the
            // quotation's own attribution, nor may that attribution's cue make a candidate.
            RemoveAttributionCues(context, sentenceFirstDraft, sentence);
            if (stretch == Stretch.BeforeStatement)
            {
                // Content running to the stretch's end runs into the rules' statement, not to the sentence's end.
                for (var i = 0; i < context.Candidates.Count; i++)
                {
                    if (context.Candidates[i].Ending == "sentence")
                    {
                        context.Candidates[i] = context.Candidates[i] with { Ending = "statement" };
                    }
                }
            }
        }
        else if (covered)
        {
            RemoveCovered(context, sentenceFirstDraft, sentence);
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
                ClauseCandidates.DescribeCue(sentence, candidate, phrase?.First ?? candidate.Subject, FormName(mention), rate, context.Features);
                context.Features.Add("sentence", quoted ? "quoted" : context.Drafts.Count > sentenceFirstDraft ? "reported" : "bare");

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
            if (ClauseCandidates.OpensWithAuxiliary(sentence, candidate) || ClauseCandidates.TellsAThing(sentence, candidate))
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
            if (OverlapsAnother(added, k))
            {
                continue;
            }
            added.Add((k.Start, k.End, k.CueAt));
            var speaker = k.Phrase.Length == 0 ? null : context.Speakers.Resolve(context.Parse(k.Phrase)!, k.Position);
            context.Drafts.Add(new Draft(k.Start, k.End, StatementKind.Indirect, k.Cue, k.Phrase.Length == 0 ? "learned-clause/described-source" : "learned-clause", Math.Round(k.Probability, 2), speaker));
        }
    }
}
