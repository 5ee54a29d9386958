using Corpus.Text.Statements.Learned;

namespace Corpus.Text.Statements;

/// <summary>Told every candidate clause of the learned step: its sentence, the statement it would make, and its features.</summary>
public delegate void ClauseCandidateSeen(int sentenceStart, int start, int end, IReadOnlyList<string> features);

public static partial class StatementExtractor
{
    /// <summary>
    /// Like <see cref="Extract(Articles.CleanArticle)"/>, but the learned step only reports its candidates (those whose
    /// cue word <paramref name="lexicon"/> rates) to <paramref name="seen"/> and keeps none, so that a trainer sees what
    /// the rules leave over.
    /// </summary>
    public static IReadOnlyList<StatementFinding> Extract(Articles.CleanArticle article, ClauseModel lexicon, ClauseCandidateSeen seen) => Run(article, lexicon, seen);

    /// <summary>
    /// A sentence the rules made nothing of: the candidate clause the model rates highest becomes an indirect statement
    /// when it rates over the model's threshold. Its speaker is the subject when that names someone the article knows.
    /// </summary>
    private static void LearnedClause(Context context, int from, int to)
    {
        if (context.Model.CueWords == 0)
        {
            return;
        }
        var body = context.Body;
        var words = context.SentenceWords;
        ClauseCandidates.Find(body, words, context.Candidates);
        var best = -1.0;
        (int Start, int End, string Phrase, string Cue, int Position)? kept = null;
        for (var i = 0; i < context.Candidates.Count; i++)
        {
            var candidate = context.Candidates[i];
            var rate = context.Model.CueRate(Words.BareSpan(body, words[candidate.Cue]));
            if (rate <= 0)
            {
                continue;
            }
            var phrase = SourcePhrase.Before(body, words, candidate.Subject + 1, 0);
            var mention = phrase is var (_, text) ? context.Parse(text) : null;
            var phraseFirst = phrase?.First ?? candidate.Subject;
            ClauseCandidates.Describe(body, words, candidate, phraseFirst, mention?.Form.ToString(), rate, context.Features);
            var (start, end) = Trim(body, words[candidate.First].Start, ReportedClause.EndBeforeAside(body, words[candidate.First].Start, words[candidate.Last].End));
            if (context.Seen is { } seen)
            {
                seen(from, start, end, context.Features.Names!);
                continue;
            }
            var p = context.Model.Probability(context.Features);
            if (p >= context.Model.Threshold && p > best && Words.Tokens(body, start, end) >= 3)
            {
                best = p;
                kept = (start, end, mention is null ? string.Empty : phrase!.Value.Text, Words.Bare(body, words[candidate.Cue]), words[phraseFirst].Start);
            }
        }
        if (kept is var (keptStart, keptEnd, keptPhrase, keptCue, keptPosition))
        {
            var speaker = keptPhrase.Length == 0 ? null : context.Speakers.Resolve(context.Parse(keptPhrase)!, keptPosition);
            context.Drafts.Add(new Draft(keptStart, keptEnd, StatementKind.Indirect, keptCue, keptPhrase.Length == 0 ? "learned-clause/described-source" : "learned-clause", Math.Round(best, 2), speaker));
        }
    }
}
