namespace Corpus.Text.Statements;

public static partial class StatementExtractor
{
    private const int MinWordsBeforeQuotingCue = 6;

    /// <summary>
    /// "Hale said the pier would close and said that “…”", "Hale said the board will still meet, but said, “…”": the words
    /// before the cue that introduces the quotation may report something of their own.
    /// </summary>
    private static void ReportedBeforeQuotingCue(Context context, int from, Attribution attribution)
    {
        var body = context.Body;
        var secondSource = attribution.PhraseStart > from;
        var end = secondSource ? attribution.PhraseStart : attribution.ClauseStart;
        if (end <= from)
        {
            return;
        }
        var words = Words.Fill(body, from, end, context.SentenceWords);
        var linked = secondSource;
        while (words.Count > 0 && IsLinkBeforeCue(Words.BareSpan(body, words[^1])))
        {
            linked |= Words.BareSpan(body, words[^1]) is "and" or "but";
            words.RemoveAt(words.Count - 1);
        }
        if (linked && words.Count >= MinWordsBeforeQuotingCue)
        {
            ReportedSentence(context, from, words[^1].End);
        }
    }

    /// <summary>The words joining a first report to the quotation's cue: "… and (he) (also) said that", "…, but told".</summary>
    private static bool IsLinkBeforeCue(ReadOnlySpan<char> word) =>
        word.Length == 0 || word is "and" or "but" or "he" or "she" or "they" or "then" or "that" || Cues.IsAuxiliary(word) || Cues.IntroducesQuotation(word);
}
