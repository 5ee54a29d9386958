namespace Corpus.Text.Statements;

/// <summary>
/// A described, unnamed source opening its clause with a determiner right before a cue: "The airline said",
/// "…, the state's party leader said Thursday", "Several aides have said". Such a statement is kept without a speaker.
/// </summary>
internal static class DescribedSource
{
    private const int MaxWords = 6;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "one", "some", "many", "most", "several", "two", "three",
    };

    /// <summary>Words a noun phrase cannot hold: they make the words before the cue a clause, not its subject.</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "who", "whom", "which", "what", "is", "was", "are", "were", "be", "been", "to", "and", "or", "but", "if", "when",
        "he", "she", "they", "it", "we", "i", "you", "not", "as", "than",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWordLookup = ClauseWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The determiner's word index when the words before <paramref name="cue"/> are such a phrase, or null.</summary>
    public static int? Start(string body, List<(int Start, int End)> words, int cue)
    {
        var end = cue - 1;
        while (end > 0 && Cues.IsAuxiliary(Words.BareSpan(body, words[end])) && !Words.EndsPhrase(body, words[end]))
        {
            end--;
        }
        for (var j = end; j >= 0 && end - j < MaxWords; j--)
        {
            var bare = Words.BareSpan(body, words[j]);
            if (bare.Length == 0 || (j != end && Words.EndsPhrase(body, words[j])) || ClauseWordLookup.Contains(bare) || Cues.IsVerb(bare))
            {
                return null;
            }
            if (j < end && DeterminerLookup.Contains(bare) && OpensClause(body, words, j))
            {
                return j;
            }
        }
        return null;
    }

    /// <summary>"…, a source close to the talks said.": a described phrase from the comma before it up to the cue; its first word's index.</summary>
    public static int? AfterComma(string body, List<(int Start, int End)> words, int cue)
    {
        for (var j = cue - 1; j >= 1 && cue - j <= MaxWordsAfterComma; j--)
        {
            if (Words.EndsPhrase(body, words[j]) || Cues.IsVerb(Words.BareSpan(body, words[j])))
            {
                return null;
            }
            if (Words.Last(body, words[j - 1]) == ',')
            {
                return j >= 4 && OpenerLookup.Contains(Words.BareSpan(body, words[j])) ? j : null;
            }
        }
        return null;
    }

    /// <summary>"…, said one official." or "…, say some Democrats, who …": a described phrase after an inverted cue.</summary>
    public static bool Following(string body, List<(int Start, int End)> words, int at)
    {
        if (at >= words.Count || !OpenerLookup.Contains(Words.BareSpan(body, words[at])))
        {
            return false;
        }
        for (var j = at; j < words.Count && j - at < MaxWordsAfterComma; j++)
        {
            if (j > at && Cues.IsVerb(Words.BareSpan(body, words[j])))
            {
                return false;
            }
            if (j == words.Count - 1 || Words.EndsPhrase(body, words[j]))
            {
                return j > at;
            }
        }
        return false;
    }

    private const int MaxWordsAfterComma = 8;

    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "one", "two", "three", "some", "several", "many", "most", "other", "another",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A share or count of people right before the cue: "26 percent say", "nine in 10 said", "a majority, 54 percent, say".</summary>
    public static bool IsQuantity(string body, List<(int Start, int End)> words, int cue)
    {
        var word = Words.BareSpan(body, words[cue - 1]);
        if (word.Length == 0)
        {
            return false;
        }
        if (char.IsDigit(word[0]))
        {
            return word.TrimEnd('%').IndexOfAnyExceptInRange('0', '9') < 0 || word.EndsWith("%", StringComparison.Ordinal);
        }
        return Quantities.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static readonly HashSet<string> Quantities = new(StringComparer.OrdinalIgnoreCase)
    {
        "percent", "half", "majority", "plurality", "minority", "third", "thirds", "two-thirds", "quarter", "quarters", "three-quarters",
        "fifth", "fifths",
    };

    private static bool OpensClause(string body, List<(int Start, int End)> words, int at) =>
        at == 0 || Words.Last(body, words[at - 1]) == ',' || Words.Bare(body, words[at - 1]) is "But" or "And" or "Yet" or "So"
        || (at >= 2 && Words.Bare(body, words[at - 1]) is "but" or "and" && Words.Last(body, words[at - 2]) == ',');
}
