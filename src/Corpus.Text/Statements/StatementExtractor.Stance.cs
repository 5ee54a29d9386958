namespace Corpus.Text.Statements;

public static partial class StatementExtractor
{
    private const int MinPositionWords = 3;

    /// <summary>
    /// "Hale wants to sell the pier", "Sen. Ada Brook has called for a special prosecutor": a named source opening the clause
    /// right before a stance verb holds the position that follows it. Without one ("the plan the mayor wants") nothing is made.
    /// </summary>
    private static bool StanceClause(Context context, List<(int Start, int End)> words, int verb, int position, int to)
    {
        var body = context.Body;
        if (words.Count - position < MinPositionWords)
        {
            return false;
        }
        var cue = Words.Bare(body, words[verb]);
        if (SourcePhrase.Before(body, words, verb, 0) is var (first, text) && context.Parse(text) is { } mention
            && (mention.Form != Speakers.MentionForm.Nominal || OpensClause(body, words, first)))
        {
            return AddIndirect(context, text, cue, words[position].Start, PositionEnd(body, words, position, to), "source-stance", words[first].Start);
        }
        return false;
    }

    /// <summary>
    /// A description is the subject only where a clause opens: first in the sentence or after a comma or conjunction, not
    /// "the plan the mayor wants". A name or pronoun right before the verb is as good as always its subject.
    /// </summary>
    private static bool OpensClause(string body, List<(int Start, int End)> words, int first) =>
        first == 0 || Words.Last(body, words[first - 1]) is ',' or ';' || Words.BareSpan(body, words[first - 1]) is "and" or "but"
        || (first == 1 && SourcePhrase.SentenceOpeners.Contains(Words.Bare(body, words[0])));

    /// <summary>A position ends at the first comma or dash: what follows is the writer's ("…, saying …", "… — and …").</summary>
    private static int PositionEnd(string body, List<(int Start, int End)> words, int position, int to)
    {
        for (var k = position + MinPositionWords - 1; k < words.Count - 1; k++)
        {
            if (Words.Last(body, words[k]) is ',' or ';' or '—' || Words.BareSpan(body, words[k + 1]) is "—" or "–")
            {
                return words[k].End;
            }
        }
        return to;
    }
}
