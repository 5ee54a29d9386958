namespace Corpus.Text.Statements;

/// <summary>Where the reported clause after a cue verb begins: after "that" when one follows closely, after the person told.</summary>
internal static class ReportedClause
{
    private const int MaxWordsBeforeThat = 6;
    private const int MaxWordsFromAddresseeToThat = 4;
    private const int MinClauseWords = 3;
    private const int MaxSecondSourceWords = 5;

    private static readonly HashSet<string> Addressees = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporters", "me", "us", "him", "them", "supporters", "voters", "journalists", "lawmakers", "colleagues", "donors", "listeners",
        "viewers", "students", "members", "senators", "delegates", "attendees", "investigators",
    };

    /// <summary>Cue verbs that as often take a plain object ("denied wrongdoing", "announced a plan"): without "that" they need a clause.</summary>
    private static readonly HashSet<string> ObjectVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "denied", "denies", "confirmed", "confirms", "announced", "announces", "revealed", "demanded", "demands", "urged", "urges",
        "promised", "promises", "pledged", "pledges", "posted", "answered", "charged", "continued", "continues", "declared", "declares",
        "recalled", "recalls",
    };

    public static bool TakesObject(ReadOnlySpan<char> verb) => ObjectVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(verb);

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "you", "there", "the", "his", "her", "their", "its", "this", "these", "those", "no",
    };

    /// <summary>The first word of the reported clause after the cue at <paramref name="cue"/>, or -1 when the cue reports none.</summary>
    public static int Start(string body, List<(int Start, int End)> words, int cue, string verb)
    {
        var that = FindThat(body, words, cue + 1, cue + 1 + MaxWordsBeforeThat);
        if (that >= 0)
        {
            return that + 1;
        }
        if (verb is "told" or "tells")
        {
            return AfterAddressee(body, words, cue + 1);
        }
        if (verb is "asked" or "asks")
        {
            return -1;
        }
        return !ObjectVerbs.Contains(verb) && !IsAttitude(verb) || OpensClause(body, words, cue + 1) ? cue + 1 : -1;
    }

    /// <summary>Verbs of belief and feeling ("voters think …", "she fears …"), reported like speech when a clause follows.</summary>
    public static bool IsAttitude(ReadOnlySpan<char> verb) => verb.Length > 3 && AttitudeLookup.Contains(verb);

    internal static IEnumerable<string> AllAttitudes => AttitudeVerbs;

    private static readonly HashSet<string> AttitudeVerbs = new(StringComparer.Ordinal)
    {
        "think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels", "felt", "hope", "hopes", "hoped", "fear",
        "fears", "feared", "expect", "expects", "expected", "worry", "worries", "worried",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AttitudeLookup = AttitudeVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word that can open a clause: a pronoun, a determiner, or a capitalised word.</summary>
    private static bool OpensClause(string body, List<(int Start, int End)> words, int at)
    {
        if (at >= words.Count)
        {
            return false;
        }
        var opener = Words.BareSpan(body, words[at]);
        return opener.Length > 0 && (char.IsUpper(opener[0]) || ClauseOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(opener));
    }

    /// <summary>"told POLITICO she …", "told reporters Monday that …": the clause after whom the cue names as told.</summary>
    private static int AfterAddressee(string body, List<(int Start, int End)> words, int at)
    {
        int last;
        if (SourcePhrase.After(body, words, at) is var (end, phrase) && phrase is not ("he" or "she" or "they"))
        {
            last = end;
        }
        else if (at < words.Count && Addressees.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Words.BareSpan(body, words[at])))
        {
            last = at;
        }
        else
        {
            return -1;
        }
        var that = FindThat(body, words, last + 1, last + 1 + MaxWordsFromAddresseeToThat);
        if (that >= 0)
        {
            return that + 1;
        }
        var next = last + 1;
        if (next >= words.Count || Words.EndsPhrase(body, words[last]) && Words.Last(body, words[last]) != ',')
        {
            return -1;
        }
        return OpensClause(body, words, next) ? next : -1;
    }

    /// <summary>
    /// A second cue inside a reported clause: "… and (he) said …", "… but (she also) told …", "…, adding …", of the same source,
    /// or of a new one ("…, but six in 10 said …", "…; 29 percent said …"). Returns the last word of the first clause, the
    /// second cue's index, and where the words naming a new source begin (the cue's index when there are none).
    /// </summary>
    public static (int End, int Cue, int Source)? NextCue(string body, List<(int Start, int End)> words, int clause)
    {
        for (var k = clause + MinClauseWords; k < words.Count - 1; k++)
        {
            var word = Words.BareSpan(body, words[k]);
            if (Words.Last(body, words[k - 1]) == ',' && word.EndsWith("ing", StringComparison.Ordinal) && Cues.IsVerb(word))
            {
                return (k - 1, k, k);
            }
            int from;
            if (word.SequenceEqual("and") || word.SequenceEqual("but"))
            {
                from = k + 1;
            }
            else if (Words.Last(body, words[k - 1]) == ';')
            {
                from = k;
            }
            else
            {
                continue;
            }
            var j = from;
            if (j < words.Count - 1 && Words.Bare(body, words[j]) is "he" or "she" or "they")
            {
                from = ++j;
            }
            for (; j < words.Count - 1 && j - from <= MaxSecondSourceWords && !Words.EndsPhrase(body, words[j]); j++)
            {
                var cue = Words.BareSpan(body, words[j]);
                if (Cues.IsVerb(cue))
                {
                    if (cue.EndsWith("ing", StringComparison.Ordinal))
                    {
                        break;
                    }
                    var source = j;
                    while (source > from && Cues.IsAuxiliary(Words.BareSpan(body, words[source - 1])))
                    {
                        source--;
                    }
                    return (k - 1, j, source == from ? j : from);
                }
            }
        }
        return null;
    }

    /// <summary>"X, who said A, was …": a relative clause ends at the comma before its main clause's verb.</summary>
    public static int RelativeEnd(string body, List<(int Start, int End)> words, int clause, int to)
    {
        for (var k = Math.Max(clause, 0); k < words.Count - 1; k++)
        {
            if (Words.Last(body, words[k]) == ',' && MainVerbs.Contains(Words.Bare(body, words[k + 1])))
            {
                return words[k].End;
            }
        }
        return to;
    }

    /// <summary>True when the source opens a subordinate clause: "While X says A, B …", "…, although X said A, B …".</summary>
    public static bool IsSubordinate(string body, List<(int Start, int End)> words, int source)
    {
        var at = source - 1;
        if (at >= 0 && Words.Bare(body, words[at]) is "though" && at >= 1 && Words.Bare(body, words[at - 1]) is "Even" or "even")
        {
            at--;
        }
        return at >= 0 && (at == 0 || Words.Last(body, words[at - 1]) == ',') && Subordinators.Contains(Words.Bare(body, words[at]));
    }

    /// <summary>A subordinate clause's report ends at the comma before the main clause's subject.</summary>
    public static int SubordinateEnd(string body, List<(int Start, int End)> words, int clause, int to)
    {
        for (var k = Math.Max(clause, 0); k < words.Count - 1; k++)
        {
            if (Words.Last(body, words[k]) == ',' && OpensClause(body, words, k + 1))
            {
                return words[k].End;
            }
        }
        return to;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "although", "though", "whereas", "if", "because", "since", "when", "even",
    };

    private static readonly HashSet<string> MainVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "did", "does", "do", "said", "says", "told",
        "may", "might", "should", "must",
    };

    /// <summary>
    /// "… would close the pier over fears of rot, which has spread through the pilings": a non-restrictive relative clause closing a report
    /// is the writer's explanation, not what the source said; the report ends before its comma. One closed by a comma
    /// ("The committee, which backed her, spent …") sits inside the report and stays.
    /// </summary>
    public static int EndBeforeAside(string body, int from, int to)
    {
        foreach (var aside in Asides)
        {
            var at = body.IndexOf(aside, from, to - from, StringComparison.Ordinal);
            if (at >= 0 && Words.Tokens(body, from, at) >= MinWordsBeforeAside && body.IndexOf(',', at + 1, to - at - 1) < 0)
            {
                to = at;
            }
        }
        return to;
    }

    private const int MinWordsBeforeAside = 4;

    private static readonly string[] Asides = [", which ", ", who "];

    private static int FindThat(string body, List<(int Start, int End)> words, int from, int to)
    {
        for (var t = from; t < Math.Min(words.Count, to); t++)
        {
            if (Words.BareSpan(body, words[t]).SequenceEqual("that"))
            {
                return t;
            }
        }
        return -1;
    }
}
