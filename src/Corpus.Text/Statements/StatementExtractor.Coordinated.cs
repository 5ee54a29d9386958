namespace Corpus.Text.Statements;

public static partial class StatementExtractor
{
    /// <summary>
    /// The cue rate from which a verb joined by "and" or "but" to the one a statement reports with opens a statement of
    /// its own ("She says people may not like the answer, but insists Sanders is mounting a phony attack").
    /// </summary>
    private const double MinCoordinatedCueRate = 0.15;

    /// <summary>Words a statement split at a coordinated cue keeps on either side: fewer say nothing of their own.</summary>
    private const int MinCoordinatedWords = 2;

    /// <summary>
    /// Splits the indirect statements of a sentence where their subject goes on to report something else: "Clinton adds
    /// that she has released 30 years of tax returns and called on Sanders to do the same" is what Clinton adds ("that
    /// she has released 30 years of tax returns") and what she called on Sanders to do, two statements of one speaker.
    /// The second verb follows "and" or "but" with no subject of its own, rates as a cue and has a finite form
    /// ("says", "called"; "and give" continues the reported clause instead), or is a participle after a comma ("…,
    /// adding …"). A statement with quotations in part is split the same way; a piece without them is indirect.
    /// </summary>
    private static void SplitCoordinated(Context context, int sentenceFirstDraft)
    {
        var body = context.Body;
        var words = context.PartWords;
        // Statements added here are read too: "… and says …, but insists …" splits twice.
        for (var d = sentenceFirstDraft; d < context.Drafts.Count; d++)
        {
            var draft = context.Drafts[d];
            if (draft.Kind != StatementKind.Indirect && draft.Kind != StatementKind.Partial)
            {
                continue;
            }
            var text = body.AsSpan(draft.Start, draft.End - draft.Start);
            if (!text.Contains(',') && !text.Contains("and", StringComparison.Ordinal) && !text.Contains("but", StringComparison.Ordinal))
            {
                // Every split needs a comma, "and" or "but": most statements are passed over without splitting them into words.
                continue;
            }
            Words.Fill(body, draft.Start, draft.End, words);
            if (draft.Kind == StatementKind.Indirect && ContrastAt(body, words) is var cut and > 0)
            {
                var (cutStart, cutEnd) = TrimWords(body, draft.Start, words[cut - 1].End);
                draft = new Draft(cutStart, cutEnd, draft.Kind, draft.Cue, draft.Rule, draft.Confidence, draft.Speaker) { Attributed = draft.Attributed };
                context.Drafts[d] = draft;
                Words.Fill(body, draft.Start, draft.End, words);
            }
            for (var k = MinCoordinatedWords; k < words.Count - MinCoordinatedWords - 1; k++)
            {
                var participle = Words.Last(body, words[k - 1]) == ',' && Words.BareSpan(body, words[k]).EndsWith("ing", StringComparison.Ordinal);
                if (!participle && (Words.BareSpan(body, words[k]) is not ("and" or "but") || Words.EndsPhrase(body, words[k])))
                {
                    continue;
                }
                var cue = participle ? k : k + 1;
                if (Words.BareSpan(body, words[cue]) is "also" or "then" or "later" or "again")
                {
                    cue++;
                }
                var verb = Words.BareSpan(body, words[cue]);
                if ((!participle && !IsFiniteForm(verb)) || context.Model.CueRate(verb) < MinCoordinatedCueRate)
                {
                    continue;
                }
                var first = cue + 1;
                if (first < words.Count - 1 && Words.BareSpan(body, words[first]) is "on" or "for" or "about" or "of" or "against" or "to")
                {
                    first++;
                }
                if (words.Count - first < MinCoordinatedWords)
                {
                    break;
                }
                var (headStart, headEnd) = TrimWords(body, draft.Start, words[k - 1].End);
                var (restStart, restEnd) = TrimWords(body, words[first].Start, draft.End);
                if (headEnd <= headStart || restEnd <= restStart)
                {
                    break;
                }
                context.Drafts[d] = new Draft(headStart, headEnd, KindOf(body, headStart, headEnd, draft.Kind), draft.Cue, draft.Rule, draft.Confidence, draft.Speaker) { Attributed = draft.Attributed };
                context.Drafts.Add(new Draft(restStart, restEnd, KindOf(body, restStart, restEnd, draft.Kind), verb.ToString(), draft.Rule + "/coordinated", draft.Confidence, draft.Speaker) { Attributed = draft.Attributed });
                break;
            }
        }
    }

    /// <summary>
    /// Where the writer takes over from a reported clause: ", but", ", while", ", though", ", however" and the like, or
    /// ", and" with a subject of its own ("… is Hillary Clinton, and he railed against the moderators"); -1 if nowhere.
    /// </summary>
    private static int ContrastAt(string body, List<(int Start, int End)> words)
    {
        for (var k = MinCoordinatedWords; k < words.Count - 1; k++)
        {
            if (Words.Last(body, words[k - 1]) != ',')
            {
                continue;
            }
            var word = Words.BareSpan(body, words[k]);
            if (word is "but" or "though" or "although" or "while" or "whereas" or "however"
                || (word is "and" && Words.BareSpan(body, words[k + 1]) is "he" or "she" or "they" or "we" or "I"))
            {
                return k;
            }
        }
        return -1;
    }

    private static StatementKind KindOf(string body, int start, int end, StatementKind kind) =>
        kind == StatementKind.Partial && body.AsSpan(start, end - start).IndexOfAny("“”\"") < 0 ? StatementKind.Indirect : kind;

    /// <summary>A verb form that agrees with a subject ("says", "insisted", "told"), as a bare infinitive does not.</summary>
    private static bool IsFiniteForm(ReadOnlySpan<char> word) =>
        word.Length > 3 && char.IsLower(word[0])
        && (word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) || word is "said" or "told" or "wrote" or "thought" or "spoke" or "made" or "took" or "gave" or "sought");
}
