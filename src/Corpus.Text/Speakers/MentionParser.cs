using System.Text.RegularExpressions;

namespace Corpus.Text.Speakers;

/// <summary>
/// Reads a source phrase ("Secretary of State Mike Pompeo", "Sen. Lindsey Graham, R-S.C.", "the secretary",
/// "the White House", "he") into a <see cref="Mention"/>: the name is the trailing run of capitalised words that are
/// not titles, and the words before it (with any appositive) are roles.
/// </summary>
public static partial class MentionParser
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they" };

    private static readonly HashSet<string> NotSources = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "who", "which", "that", "this", "i", "we", "you", "there", "what", "one", "someone", "people", "many", "some", "others",
        "everyone", "nobody", "critics", "supporters", "reports", "polls", "studies", "data",
    };

    private static readonly HashSet<string> OrganizationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "house", "department", "ministry", "committee", "campaign", "agency", "office", "council", "party", "times", "post", "news",
        "journal", "network", "foundation", "institute", "university", "association", "commission", "bureau", "kremlin", "pentagon",
        "administration", "senate", "congress", "court", "group", "company", "inc", "corp", "service", "center", "centre", "fund", "bank",
        "board", "union", "organization", "organisation", "coalition", "government", "embassy", "police", "army", "navy", "politico",
        "reuters", "bloomberg", "axios", "cnn", "msnbc", "abc", "nbc", "cbs", "fox", "npr", "ap", "fbi", "cia", "nsa", "gop", "rnc", "dnc",
        "readout", "statement", "magazine", "tribune", "herald", "gazette", "telegraph", "guardian", "press", "daily", "channel",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "sr", "ii", "iii", "iv" };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "van", "von", "bin", "al", "la", "le", "da", "del", "der" };

    private static readonly char[] PhrasePunctuation = [',', '.', ':', ';', ' ', '—', '-'];
    private static readonly char[] CommaOrSpace = [',', ' '];
    private static readonly char[] StopOrComma = ['.', ','];
    private static readonly char[] CommaOrStop = [',', '.'];

    public static Mention? Parse(string phrase)
    {
        var text = (phrase.Contains('(', StringComparison.Ordinal) ? Parenthesised().Replace(phrase, " ") : phrase).Trim().Trim(PhrasePunctuation);
        if (text.Length == 0)
        {
            return null;
        }
        var roles = new List<string>();
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        string? namedAppositive = null;
        if (comma >= 0)
        {
            var appositive = text[(comma + 1)..].Trim().Trim(CommaOrSpace);
            text = text[..comma].Trim();
            if (IsRoleAppositive(appositive))
            {
                roles.Add(WithoutArticle(appositive));
            }
            else if (IsFullName(appositive))
            {
                namedAppositive = appositive;
            }
        }
        var words = WithoutPlace(WithoutOpeners(AfterSentenceEnd(text.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        if (words.Length == 0 || words.Length > 12)
        {
            return null;
        }
        if (words.Length == 1 && Pronouns.Contains(words[0]))
        {
            return new Mention(words[0].ToLowerInvariant(), MentionForm.Pronoun, roles);
        }
        if (words.Length == 1 && NotSources.Contains(words[0]))
        {
            return null;
        }
        if (GroupSource.IsHead(words[^1].TrimEnd(StopOrComma)) && GroupSource.Parse([.. words[..^1], words[^1].TrimEnd(StopOrComma)]) is { } group)
        {
            return roles.Count == 0 ? group : group with { Roles = [.. group.Roles, .. roles] };
        }
        var nameStart = NameStart(words);
        if (nameStart > 0 && words.Length - nameStart >= 3 && words[nameStart - 1] == "of")
        {
            nameStart++;
        }
        nameStart = AfterFunctionWords(words, nameStart);
        var nameWords = words[nameStart..];
        var prefix = words[..nameStart];
        if (Array.Exists(nameWords, w => CapitalisedFunctionWords.Contains(w)))
        {
            // "Fix Is In", "Who Once Mocked", "That Jeb Bush": a headline or a clause, not a name.
            return null;
        }
        var isArticle = words[0] is "the" or "The";
        if (IsOrganization(words, nameWords, isArticle))
        {
            var orgWords = WithoutLeadingAdjectives(isArticle ? words[1..] : words);
            var name = string.Join(' ', orgWords).Replace("’s ", " ", StringComparison.Ordinal).Replace("'s ", " ", StringComparison.Ordinal);
            return new Mention(name, MentionForm.Organization, roles);
        }
        if (nameWords.Length == 0)
        {
            if (namedAppositive is not null)
            {
                // "Ms. Merkel's spokesman, Steffen Seibert": a description naming the person right after it.
                return new Mention(namedAppositive, MentionForm.Name, [WithoutArticle(text), .. roles]);
            }
            if (isArticle && words.Length <= 5)
            {
                return new Mention(string.Join(' ', words[1..]), MentionForm.Nominal, roles);
            }
            return null;
        }
        if (prefix.Length > 0)
        {
            var role = SpeakerTitles.Normalize(string.Join(' ', prefix));
            if (role is not null)
            {
                roles.Insert(0, role);
            }
        }
        return new Mention(string.Join(' ', nameWords).TrimEnd(CommaOrStop).Replace("’s", string.Empty, StringComparison.Ordinal), MentionForm.Name, roles);
    }

    /// <summary>
    /// "Loretta Lynch. Lynch", "Tuesday. Rubio", "Politicking.'' Democrats": a phrase that runs over a sentence's end or
    /// a closing quotation mark names what follows it.
    /// </summary>
    private static string[] AfterSentenceEnd(string[] words)
    {
        for (var i = words.Length - 2; i >= 0; i--)
        {
            var w = words[i].TrimEnd('\'', '"', '”', '’');
            if (w.Length < words[i].Length - 1 || (w.Length > 4 && w[^1] == '.' && char.IsLower(w[^2]) && !SpeakerTitles.IsTitleWord(w)))
            {
                return words[(i + 1)..];
            }
        }
        return words;
    }

    private static readonly HashSet<string> CapitalisedFunctionWords = new(StringComparer.Ordinal)
    {
        "Is", "Are", "Was", "Were", "In", "On", "At", "To", "Who", "His", "Her", "Its", "Their", "Our", "My", "Your", "Just", "Once",
        "All", "Any", "About", "After", "With", "For", "From", "By", "And", "Or", "But", "Not", "No", "How", "What", "Why", "When",
        "That", "This", "These", "Those", "A", "An", "According", "Most", "More", "Some", "Both", "None", "It", "He", "She", "They",
        "Over", "Under", "Into", "Onto", "Up", "Off", "Than", "Be", "Has", "Have", "Had", "Would", "Should", "Could",
        "Does", "Did",
    };

    private static string[] WithoutOpeners(string[] words)
    {
        var skip = 0;
        while (skip < words.Length && Statements.SourcePhrase.SentenceOpeners.Contains(words[skip]))
        {
            skip++;
        }
        return skip == 0 ? words : words[skip..];
    }

    /// <summary>
    /// "Neither Ivo J. Marek", "While Marek", "Said Marek": a capitalised closed-class word or cue verb opening the run of
    /// name words opens the sentence, not the name. A determiner or focusing word before a single word makes it a
    /// modifier ("Another Marek adviser", "An Italian textbook", "Just Announced"), so nothing is left of the name then.
    /// </summary>
    private static int AfterFunctionWords(string[] words, int start)
    {
        var modifier = false;
        while (start < words.Length - 1 && (ClosedClassWords.Contains(words[start]) || Statements.Cues.IsVerb(words[start].TrimEnd(','))))
        {
            modifier |= ClosedClassWords.Modifies(words[start]);
            start++;
        }
        return modifier && start == words.Length - 1 ? words.Length : start;
    }

    /// <summary>Where the trailing run of name words begins (words.Length when there is none).</summary>
    private static int NameStart(string[] words)
    {
        var start = words.Length;
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var w = words[i];
            var bare = w.Trim(StopOrComma);
            if (i == words.Length - 1 && Suffixes.Contains(bare) && i > 0)
            {
                continue;
            }
            if (Particles.Contains(w) && start < words.Length && i > 0)
            {
                continue;
            }
            if (bare.Length == 0 || !char.IsUpper(bare[0]) || words.Length - i > 4 || (bare.Length >= 3 && AllCapitals(bare) && words.Length > 1)
                || SpeakerNames.IsPrefixedAdjective(bare))
            {
                break;
            }
            if (SpeakerTitles.IsTitleWord(bare) && !(start == words.Length && i > 0 && (IsGivenName(words[i - 1]) || IsAbbreviatedTitle(words[i - 1]))))
            {
                break;
            }
            start = i;
        }
        while (start < words.Length && (Particles.Contains(words[start]) || Suffixes.Contains(words[start].Trim(StopOrComma))))
        {
            start++;
        }
        return start;
    }

    /// <summary>An appositive names a role when it is a short noun phrase: "the Republican nominee", "a former senator".</summary>
    private static bool IsRoleAppositive(string appositive)
    {
        if (appositive.Length == 0 || PartyState().IsMatch(appositive) || appositive.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }
        var words = appositive.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 && (words[0] is "the" or "a" or "an" || (char.IsLower(words[0][0]) && SpeakerTitles.IsTitleWord(words[0])))
            && !words.Any(w => w is "who" or "which" or "that");
    }

    /// <summary>"nonpartisan Congressional Budget Office" → "Congressional Budget Office": lower-case words before a name describe it.</summary>
    private static string[] WithoutLeadingAdjectives(string[] words)
    {
        var skip = 0;
        while (skip < words.Length - 1 && char.IsLower(words[skip][0]))
        {
            skip++;
        }
        return skip > 0 && char.IsUpper(words[skip][0]) ? words[skip..] : words;
    }

    /// <summary>Two to four capitalised words, none a title or closed-class word: "Steffen Seibert", "Laszlo Bock".</summary>
    private static bool IsFullName(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && Array.TrueForAll(words, w => w.Length > 1 && char.IsUpper(w[0])
            && !SpeakerTitles.IsTitleWord(w) && !ClosedClassWords.Contains(w) && !OrganizationWords.Contains(w.Trim(StopOrComma)));
    }

    /// <summary>A word that ends an organisation's name: "Department", "House", "Committee", "campaign".</summary>
    public static bool IsOrganizationWord(string word) => OrganizationWords.Contains(word);

    private static bool IsAbbreviatedTitle(string word) => word.EndsWith('.') && SpeakerTitles.IsTitleWord(word);

    /// <summary>Drops a trailing place after a name: "Tom Udall of New Mexico" → "Tom Udall"; titles keep theirs ("Secretary of State").</summary>
    private static string[] WithoutPlace(string[] words)
    {
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (words[i] == "of" && IsGivenName(words[i - 1]) && !OrganizationWords.Contains(words[^1].Trim(StopOrComma)))
            {
                return words[..i];
            }
        }
        return words;
    }

    private static bool IsGivenName(string word) => word.Length > 1 && char.IsUpper(word[0]) && !SpeakerTitles.IsTitleWord(word) && !word.EndsWith('.');

    private static bool IsOrganization(string[] words, string[] nameWords, bool startsWithArticle)
    {
        var last = words[^1].Trim(StopOrComma).Replace("’s", string.Empty, StringComparison.Ordinal);
        if (OrganizationWords.Contains(last) && (words.Length > 1 || char.IsUpper(last[0])))
        {
            return !(words.Length == 1 && !AllCapitals(last) && !OrganizationWords.Contains(last));
        }
        if (startsWithArticle && words.Length > 1 && char.IsUpper(words[1][0]) && nameWords.Length > 0)
        {
            // "the Democratic candidate Hillary Clinton": a full name after a lower-case role word is a person.
            return !(nameWords.Length >= 2 && words.Length > nameWords.Length && char.IsLower(words[^(nameWords.Length + 1)][0]));
        }
        return nameWords.Length == 1 && words.Length == 1 && AllCapitals(nameWords[0]) && nameWords[0].Length is >= 2 and <= 6;
    }

    private static bool AllCapitals(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    private static string WithoutArticle(string text) =>
        text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text.StartsWith("a ", StringComparison.Ordinal) ? text[2..] : text;

    [GeneratedRegex(@"\([^)]*(\)|$)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^[RDI]-[A-Z][\w.]*\.?$")]
    private static partial Regex PartyState();
}
