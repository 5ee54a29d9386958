namespace Corpus.Text.Statements;

/// <summary>
/// The subject a sentence's main clause opens with, after any introductory phrase set off by a comma ("On Friday, …",
/// "When the talks ended, …", "Responding to the post, …"): the name or pronoun before its first verb. Cue verbs without a
/// subject of their own share it: a participle after a comma ("X pushed back, saying …") and a verb coordinated with
/// "and" ("X disputed the claims and accused …").
/// </summary>
internal static class MainClause
{
    private const int MaxIntroductoryWords = 12;
    private const int MaxSubjectWords = 8;

    /// <summary>(first word, phrase) of the main clause's subject among a sentence's words, or null.</summary>
    public static (int First, string Text)? Subject(string body, List<(int Start, int End)> words)
    {
        if (words.Count < 2)
        {
            return null;
        }
        var start = IntroductionEnd(body, words);
        for (var c = start + 1; c < words.Count && c - start <= MaxSubjectWords; c++)
        {
            if (char.IsLower(body[words[c].Start]) && !Cues.IsAuxiliary(Words.BareSpan(body, words[c])))
            {
                if (DescribedName(body, words, start, c) is { } described)
                {
                    return described;
                }
                return SourcePhrase.Before(body, words, c, start) is var (first, text) && first <= start + 1 ? (first, text) : null;
            }
        }
        return null;
    }

    /// <summary>
    /// "Republican presidential candidate Donald Trump quickly took to Twitter": a capitalised word, lower-case descriptors
    /// and a full name followed by a lower-case word make the name the subject; so do descriptors opening the clause
    /// ("On Tuesday, presidential nominee Hillary Clinton was …"). A descriptor ending in -s could be the
    /// verb ("Ferrand thanks Ivo Marek"), so the word before the name must not.
    /// </summary>
    private static (int First, string Text)? DescribedName(string body, List<(int Start, int End)> words, int start, int descriptor)
    {
        if (descriptor - 1 > start && !char.IsUpper(body[words[descriptor - 1].Start]))
        {
            return null;
        }
        var nameEnd = SourcePhrase.NameAfterDescriptor(body, words, descriptor - 1, descriptor);
        if (nameEnd < descriptor || nameEnd + 1 >= words.Count || !char.IsLower(body[words[nameEnd + 1].Start]) || Words.EndsPhrase(body, words[nameEnd]))
        {
            return null;
        }
        var lastDescriptor = descriptor;
        while (char.IsLower(body[words[lastDescriptor + 1].Start]))
        {
            lastDescriptor++;
        }
        var bare = Words.BareSpan(body, words[lastDescriptor]);
        return bare.EndsWith("s", StringComparison.Ordinal) && !bare.EndsWith("ss", StringComparison.Ordinal) ? null : SourcePhrase.EndingAt(body, words, nameEnd);
    }

    /// <summary>True when the cue at word <paramref name="cue"/> has no subject of its own and takes the main clause's.</summary>
    public static bool SharesSubject(string body, List<(int Start, int End)> words, int cue)
    {
        var before = cue - 1;
        while (before > 0 && Cues.IsAuxiliary(Words.BareSpan(body, words[before])) && !Words.EndsPhrase(body, words[before]))
        {
            before--;
        }
        if (before < 1)
        {
            return false;
        }
        if (Words.BareSpan(body, words[before]).SequenceEqual("and") && !Words.EndsPhrase(body, words[before]))
        {
            return true;
        }
        return Words.Last(body, words[before]) == ',' && Words.BareSpan(body, words[cue]).EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>The first word after an introductory phrase: one opening with a preposition, conjunction or participle and closed by a comma.</summary>
    private static int IntroductionEnd(string body, List<(int Start, int End)> words)
    {
        var at = Words.Bare(body, words[0]) is "But" or "And" or "Yet" or "So" && !Words.EndsPhrase(body, words[0]) ? 1 : 0;
        var opener = Words.Bare(body, words[at]);
        var participle = opener.EndsWith("ing", StringComparison.Ordinal) && !Words.EndsPhrase(body, words[at]);
        if (!participle && !SourcePhrase.SentenceOpeners.Contains(opener))
        {
            return 0;
        }
        for (var i = at; i < words.Count - 1 && i < MaxIntroductoryWords; i++)
        {
            if (Words.Last(body, words[i]) == ',')
            {
                return i + 1;
            }
        }
        return 0;
    }
}
