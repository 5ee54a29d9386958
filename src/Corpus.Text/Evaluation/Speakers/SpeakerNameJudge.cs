using System.Text.RegularExpressions;
using Corpus.Text.Evaluation.Attribution;

namespace Corpus.Text.Evaluation.Speakers;

/// <summary>
/// Decides whether a speaker's name is a real source of one article: a person or organisation the gold attributes
/// something to, or a proper name the article uses as one. Pronouns, title words, common words that only open
/// sentences ("Lest", "Keeps") and fragments with quotation marks or sentence punctuation never are.
/// </summary>
public static partial class SpeakerNameJudge
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "the", "for", "and", "on", "de", "van", "von", "al", "la", "le", "da", "del", "der", "du", "bin", "y",
    };

    public static bool IsRealSource(string name, string articleText, IReadOnlyList<string> goldSources)
    {
        if (!IsProperNameShape(name) || AllFunctionWords(name))
        {
            return false;
        }
        return IsGoldSource(name, goldSources) || IsProperNameIn(name, articleText);
    }

    /// <summary>
    /// Capitalised words (connectors between them, an organisation noun after them: "Clinton campaign"), no quotation
    /// marks, no sentence punctuation inside or after a word other than an abbreviation's stop.
    /// </summary>
    public static bool IsProperNameShape(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !char.IsUpper(words[0][0]))
        {
            return false;
        }
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (Connectors.Contains(word) || (i == words.Length - 1 && i > 0 && OrganisationNouns.Contains(word)))
            {
                continue;
            }
            if (!char.IsUpper(word[0]) || word.Contains("''", StringComparison.Ordinal) || word.AsSpan().ContainsAny(NotInNames))
            {
                return false;
            }
            if (word.EndsWith('.') && word.Count(char.IsLetter) > 4)
            {
                return false;
            }
        }
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> NotInNames = System.Buffers.SearchValues.Create("\"“”‘,;:!?()[]");

    private static readonly HashSet<string> OrganisationNouns = new(StringComparer.Ordinal)
    {
        "campaign", "administration", "team", "camp", "government", "office", "staff",
    };

    private static bool AllFunctionWords(string name) =>
        AttributionTokens.Of(name).All(t => SourceNameKey.Of(char.ToUpperInvariant(t[0]) + t[1..]) is null);

    private static bool IsGoldSource(string name, IReadOnlyList<string> goldSources)
    {
        var tokens = AttributionTokens.Of(name);
        foreach (var source in goldSources)
        {
            if (SourceNameKey.Of(source) is { } key && tokens.Contains(key))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The name stands in the article's body (its title line is title-cased, so not there). A one-word name must also
    /// stand capitalised inside a sentence somewhere, and the article must never use it as a lower-case word.
    /// </summary>
    private static bool IsProperNameIn(string name, string articleText)
    {
        var bodyStart = articleText.IndexOf('\n', StringComparison.Ordinal) + 1;
        var body = articleText.AsSpan(bodyStart);
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return body.Contains(name, StringComparison.Ordinal);
        }
        var lower = name.ToLowerInvariant();
        var insideSentence = false;
        foreach (var m in Word().EnumerateMatches(body))
        {
            var word = body.Slice(m.Index, m.Length);
            if (word.SequenceEqual(lower))
            {
                return false;
            }
            if (!insideSentence && word.SequenceEqual(name) && !OpensSentence(body, m.Index))
            {
                insideSentence = true;
            }
        }
        return insideSentence;
    }

    private static bool OpensSentence(ReadOnlySpan<char> body, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = body[i];
            if (c is ' ' or '\t')
            {
                continue;
            }
            if (c == '.' && AfterAbbreviation(body, i))
            {
                return false;
            }
            return c is '.' or '!' or '?' or '\n' or '"' or '“' or '”' or '\'' or '‘' or '’' or ':' or '—' or '(';
        }
        return true;
    }

    [GeneratedRegex(@"[\p{L}\p{M}’'-]+")]
    private static partial Regex Word();

    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "St", "Jr", "Sr", "Prof", "Rev", "Sgt", "Capt", "Maj", "Adm", "Pres",
    };

    /// <summary>"Mr. Lew", "Sen. Cruz", "J. Smith": a stop after a short capitalised word ends no sentence.</summary>
    private static bool AfterAbbreviation(ReadOnlySpan<char> body, int stop)
    {
        var start = stop;
        while (start > 0 && char.IsLetter(body[start - 1]))
        {
            start--;
        }
        var word = body[start..stop];
        return (word.Length == 1 && char.IsUpper(word[0])) || TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
