namespace Corpus.Text.Statements;

/// <summary>
/// Finds the source phrase next to a cue among a list of words: backwards from the cue ("Sen. Ada Brook, D-Vt., said")
/// or forwards after it ("said Ada Brook, who …"). A phrase is capitalised words, titles, a few connectors, or one pronoun.
/// </summary>
public static class SourcePhrase
{
    private const int MaxAppositiveWords = 35;

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "for", "de", "van", "von", "al", "and" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they" };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    };

    internal static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "But", "And", "In", "On", "At", "When", "While", "After", "Before", "However", "Still", "Yet", "So", "Now", "Then", "Asked",
        "Speaking", "Earlier", "Later", "Last", "This", "That", "Also", "As", "If", "Although", "Though", "Instead", "Meanwhile",
        "Indeed", "Since", "For", "With", "Without", "Of", "To", "From", "By", "During", "Or", "Because", "Here", "There", "What",
        "NEW", "UPDATE", "BREAKING", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Today", "Yesterday",
        "Where", "Why", "How", "Who", "Once", "Even", "Unlike", "Like", "Despite", "Under", "Over", "Through", "Following", "Separately",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenerLookup = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The phrase ending just before <paramref name="cue"/>: (first word index, phrase text with any appositive), or null.</summary>
    public static (int First, string Text)? Before(string text, List<(int Start, int End)> words, int cue, int lowest)
    {
        var i = cue - 1;
        while (i >= lowest && i > cue - 4 && Cues.IsAuxiliary(Words.BareSpan(text, words[i])) && !Words.EndsPhrase(text, words[i]))
        {
            i--;
        }
        if (i < lowest)
        {
            return null;
        }
        if (Words.Last(text, words[i]) != ',')
        {
            return Collect(text, words, i, lowest) is var (first, phrase) ? (first, phrase) : null;
        }
        (int First, string Text)? fallback = null;
        (int First, string Text)? named = null;
        for (var k = i - 1; k >= lowest && k > i - MaxAppositiveWords; k--)
        {
            if (Words.Last(text, words[k]) != ',' || !StartsName(text, words[k]) || Collect(text, words, k, lowest) is not var (first, phrase))
            {
                continue;
            }
            var withAppositive = (first, phrase.TrimEnd(',') + ", " + text[words[k + 1].Start..words[i].End]);
            if (Speakers.MentionParser.Parse(phrase) is { Form: Speakers.MentionForm.Name } mention && !IsComplement(text, words, first, lowest))
            {
                if (mention.Name.Contains(' ', StringComparison.Ordinal))
                {
                    return withAppositive;
                }
                named ??= withAppositive;
            }
            fallback ??= withAppositive;
        }
        return named ?? fallback ?? NamedAfterDescription(text, words, i, lowest);
    }

    /// <summary>"Google's chief human resources executive, Laszlo Bock, told …": the name set off after its description.</summary>
    private static (int First, string Text)? NamedAfterDescription(string text, List<(int Start, int End)> words, int end, int lowest) =>
        Collect(text, words, end, lowest) is var (first, phrase) && first > lowest && Words.Last(text, words[first - 1]) == ','
            && Speakers.MentionParser.Parse(phrase) is { Form: Speakers.MentionForm.Name }
            ? (first, phrase)
            : null;

    /// <summary>
    /// "Tom Fitton, the president of Judicial Watch, …", "Mark Holden, chairman of the board of Freedom Partners, …": a
    /// phrase opening with a lower-case word, or run on from the word before it, describes someone named earlier.
    /// </summary>
    private static bool IsComplement(string text, List<(int Start, int End)> words, int first, int lowest) =>
        char.IsLower(text[words[first].Start]) || (first > lowest && Words.Last(text, words[first - 1]) != ',');

    /// <summary>The name ending at word <paramref name="end"/> itself, trailing comma and all ("Ada Brook, who said …").</summary>
    public static (int First, string Text)? EndingAt(string text, List<(int Start, int End)> words, int end) => Collect(text, words, end, 0);

    /// <summary>The words ending at <paramref name="end"/> that can name a source: capitalised words, titles, connectors, or one pronoun.</summary>
    private static (int First, string Text)? Collect(string text, List<(int Start, int End)> words, int end, int lowest)
    {
        if (MakesNoun(text, words[end]))
        {
            return null;
        }
        var first = -1;
        for (var j = end; j >= lowest && end - j < 10; j--)
        {
            var bare = Words.BareSpan(text, words[j]);
            if (bare.Length == 0 || (j != end && Words.EndsPhrase(text, words[j])) || HasQuoteMark(text, words[j], j == end))
            {
                break;
            }
            if (PronounLookup.Contains(bare))
            {
                first = j == end ? j : first;
                break;
            }
            if (!char.IsUpper(bare[0]) && !ConnectorLookup.Contains(bare) && !Speakers.SpeakerTitles.IsTitleWord(bare))
            {
                break;
            }
            first = j;
        }
        while (first >= 0 && first <= end && Words.BareSpan(text, words[first]) is var opener
            && (SentenceOpenerLookup.Contains(opener) || (ConnectorLookup.Contains(opener) && !opener.SequenceEqual("the"))))
        {
            first++;
        }
        if (first < 0 || first > end)
        {
            return null;
        }
        return (first, text[words[first].Start..words[end].End]);
    }

    /// <summary>The phrase starting at word <paramref name="from"/>: (last word index, phrase text), or null.</summary>
    public static (int Last, string Text)? After(string text, List<(int Start, int End)> words, int from)
    {
        var last = -1;
        for (var j = from; j < words.Count && j - from < 10; j++)
        {
            var bare = Words.BareSpan(text, words[j]);
            if (bare.Length == 0 || HasQuoteMark(text, words[j], false))
            {
                break;
            }
            if (PronounLookup.Contains(bare) && j == from)
            {
                return (j, bare.ToString());
            }
            if (!char.IsUpper(bare[0]) && !ConnectorLookup.Contains(bare) && !Speakers.SpeakerTitles.IsTitleWord(bare))
            {
                last = NameAfterDescriptor(text, words, last, j);
                break;
            }
            last = j;
            if (Words.EndsPhrase(text, words[j]))
            {
                break;
            }
        }
        while (last >= from && ConnectorLookup.Contains(Words.BareSpan(text, words[last])))
        {
            last--;
        }
        return last < from ? null : (last, text[words[from].Start..words[last].End]);
    }

    /// <summary>
    /// "said Concord resident Whit Symms", "said Republican party boss Reince Priebus": a capitalised place or group
    /// followed by a few lower-case descriptor words and a full name is that person's description, so the phrase runs on
    /// to the name. Returns the last word of the name, or <paramref name="last"/> when no name follows.
    /// </summary>
    internal static int NameAfterDescriptor(string text, List<(int Start, int End)> words, int last, int stop)
    {
        if (last < 0 || Words.EndsPhrase(text, words[last]))
        {
            return last;
        }
        var j = stop;
        while (j < words.Count && j - stop < MaxDescriptorWords && IsDescriptorWord(text, words[j]))
        {
            j++;
        }
        var nameWords = 0;
        var end = j;
        while (end < words.Count && nameWords < 4 && IsNameWord(text, words[end]))
        {
            nameWords++;
            if (Words.EndsPhrase(text, words[end++]))
            {
                break;
            }
        }
        return j > stop && nameWords >= 2 ? end - 1 : last;
    }

    private const int MaxDescriptorWords = 3;

    private static bool IsDescriptorWord(string text, (int Start, int End) word)
    {
        var bare = Words.BareSpan(text, word);
        return bare.Length > 1 && !char.IsUpper(bare[0]) && !bare.EndsWith("ed", StringComparison.Ordinal) && !Words.EndsPhrase(text, word) && !HasQuoteMark(text, word, false)
            && !Speakers.ClosedClassWords.Contains(bare) && !Cues.IsVerb(bare) && !Cues.IsAuxiliary(bare) && !ConnectorLookup.Contains(bare);
    }

    private static bool IsNameWord(string text, (int Start, int End) word)
    {
        var bare = Words.BareSpan(text, word);
        return bare.Length > 0 && char.IsUpper(bare[0]) && !HasQuoteMark(text, word, true) && !Speakers.ClosedClassWords.Contains(bare);
    }

    /// <summary>
    /// A possessive or a determiner right before a cue word makes the cue word a noun ("Hale’s comments", "the claims"),
    /// so no source phrase ends there. "He’s" is a contraction, not a possessive.
    /// </summary>
    private static bool MakesNoun(string text, (int Start, int End) word)
    {
        var raw = text.AsSpan(word.Start, word.End - word.Start);
        if (raw.EndsWith("’s", StringComparison.Ordinal) || raw.EndsWith("'s", StringComparison.Ordinal))
        {
            return !Pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(raw[..^2]) && !raw[..^2].Equals("it", StringComparison.OrdinalIgnoreCase);
        }
        return raw.EndsWith("s’", StringComparison.Ordinal) || raw.EndsWith("s'", StringComparison.Ordinal)
            || Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(raw);
    }

    private static bool StartsName(string text, (int Start, int End) word) => Words.Bare(text, word) is { Length: > 1 } bare && char.IsUpper(bare[0]);

    private static bool HasQuoteMark(string text, (int Start, int End) word, bool trailingAllowed)
    {
        for (var i = word.Start; i < word.End; i++)
        {
            if (text[i] is '"' or '“' or '”' && !(trailingAllowed && i == word.End - 1))
            {
                return true;
            }
        }
        return false;
    }
}
