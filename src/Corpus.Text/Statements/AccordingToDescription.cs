namespace Corpus.Text.Statements;

/// <summary>
/// "According to" always names a source, even a described one ("according to a new poll", "according to court filings"):
/// when no name follows, the source is kept as a description and the statement stays without a speaker.
/// </summary>
internal static class AccordingToDescription
{
    private const int MaxWords = 20;

    /// <summary>"According to X, …": a name up to its comma, else a described source up to the first comma (empty phrase); (last word, phrase).</summary>
    public static (int Last, string Text)? Opening(string body, List<(int Start, int End)> words, int from)
    {
        if (SourcePhrase.After(body, words, from) is var (last, name) && Words.Last(body, words[last]) == ',')
        {
            return (last, name);
        }
        for (var j = from; j < words.Count - 1 && j - from < MaxWords; j++)
        {
            if (Words.Last(body, words[j]) == ',')
            {
                return (j, string.Empty);
            }
        }
        return null;
    }

    /// <summary>"…, according to a recent survey.": the described source runs to the end of the sentence.</summary>
    public static (int Last, string Text)? Closing(List<(int Start, int End)> words, int from) =>
        from < words.Count && words.Count - from <= MaxWords ? (words.Count - 1, string.Empty) : null;
}
