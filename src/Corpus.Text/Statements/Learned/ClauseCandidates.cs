using System.Collections.Frozen;

namespace Corpus.Text.Statements.Learned;

/// <summary>
/// Candidate reported clauses of a sentence for the learned step: a verb after a subject (past any auxiliaries,
/// adverbs and negation) whose following words, to the end of the clause, may be what that subject said, wants or
/// did. Any verb may be a cue here; which ones are is what the model learned, from the features written by
/// <see cref="DescribeCue"/> and <see cref="DescribeEnding"/>.
/// </summary>
internal static class ClauseCandidates
{
    public const int MaxCueWord = 45;

    private const int MaxChainWords = 4;
    public const int MinContentWords = 1;
    private const int ShortContentWords = 8;
    private const int LongerContentWords = 16;

    /// <summary>The cue rate from which a verb mostly reports speech: the share of its occurrences in annotated cues.</summary>
    private const double ReportingRate = 0.5;

    /// <summary>
    /// (subject word, cue word, first content word, last content word) of one candidate, and where its content ends: at the
    /// sentence's end, its first comma, a word linking another clause, or the end of the statement it is nested in.
    /// <paramref name="Nested"/>: the subject and cue lie inside the content of a statement the rules made ("Officials
    /// said the senator believes the vote will fail"), so the candidate is a reported clause within reported speech.
    /// </summary>
    public readonly record struct Candidate(int Subject, int Cue, int First, int Last, string Ending = "sentence", bool Nested = false);

    /// <summary>Each word's cue rate (0 for a word that cannot be a cue), looked up once per sentence for <see cref="Find"/> and the features.</summary>
    public static void Rates(string body, List<(int Start, int End)> words, ClauseModel lexicon, List<double> into)
    {
        into.Clear();
        foreach (var word in words)
        {
            var bare = Words.BareSpan(body, word);
            into.Add(bare.Length >= 3 && char.IsLower(bare[0]) ? lexicon.CueRate(bare) : 0);
        }
    }

    /// <param name="rates">The sentence's cue rates (<see cref="Rates"/>): only words rated as cues are tried, so most words of a sentence are passed over with one look.</param>
    /// <param name="covered">Spans the rules already made statements of: a cue inside one makes only candidates nested in it (subject, cue and content inside the span).</param>
    public static void Find(string body, List<(int Start, int End)> words, List<double> rates, List<Candidate> into, List<(int Start, int End)>? covered = null)
    {
        into.Clear();
        for (var c = 1; c < Math.Min(words.Count - MinContentWords, MaxCueWord); c++)
        {
            var cue = Words.BareSpan(body, words[c]);
            if (rates[c] <= 0 || StatementExtractor.ReportsOnlyWithClause(cue) || IsFunctionWord(cue) || IsChainWord(cue)
                || (Words.EndsPhrase(body, words[c]) && Words.Last(body, words[c]) != ','))
            {
                continue;
            }
            var outer = Covering(covered, words[c].Start);
            var subject = c - 1;
            while (subject > 0 && c - subject <= MaxChainWords && IsChainWord(Words.BareSpan(body, words[subject])) && !Words.EndsPhrase(body, words[subject]))
            {
                subject--;
            }
            var head = Words.BareSpan(body, words[subject]);
            if (head.Length == 0 || (IsFunctionWord(head) && !IsPronoun(head)) || IsChainWord(head)
                || (Words.EndsPhrase(body, words[subject]) && Words.Last(body, words[subject]) != ',')
                || (subject > 0 && Words.BareSpan(body, words[c - 1]) is "to" && !IsPronoun(head) && PrepositionLookup.Contains(Words.BareSpan(body, words[subject - 1])) && !Words.EndsPhrase(body, words[subject - 1])))
            {
                // "… met on Monday to discuss the bridge": a noun right after a preposition is its object, not the subject of the infinitive.
                continue;
            }
            if (rates[c] < ReportingRate && Relative(body, words, subject, c) == "restrictive")
            {
                // "The clerk who filed the ferry records, …": a clause that tells which person the sentence is about
                // names what they did, not what they said, unless its verb mostly reports speech ("the aide who said …").
                continue;
            }
            if (outer is var (outerStart, _) && words[subject].Start < outerStart)
            {
                // The statement around the cue opens after its subject: the rules read this cue's clause another way.
                continue;
            }
            var first = c + 1;
            while (first < words.Count && first <= c + 2 && ParticleLookup.Contains(Words.BareSpan(body, words[first])))
            {
                first++;
            }
            var last = ClauseLast(body, words, first);
            var ending = "sentence";
            if (outer is var (_, outerEnd))
            {
                while (last >= first && words[last].End > outerEnd)
                {
                    last--;
                    ending = "outer";
                }
                if (last < first)
                {
                    continue;
                }
            }
            var nested = outer is not null;
            if (first >= words.Count || (last == first && (IsFunctionWord(Words.BareSpan(body, words[first])) || IsPronoun(Words.BareSpan(body, words[first])))))
            {
                // "… first proposed it.": a lone pronoun or function word says nothing of what was said.
                continue;
            }
            if (last - first + 1 >= MinContentWords)
            {
                into.Add(new Candidate(subject, c, first, last, ending, nested));
            }
            var comma = FirstComma(body, words, first + MinContentWords - 1, last);
            if (comma >= 0)
            {
                into.Add(new Candidate(subject, c, first, comma, "comma", nested));
            }
            var link = FirstLink(body, words, first + MinContentWords, last);
            if (link >= 0 && link - 1 != comma)
            {
                into.Add(new Candidate(subject, c, first, link - 1, "link", nested));
            }
            var shortest = Math.Min(last, Math.Min(comma < 0 ? last : comma, link < 0 ? last : link - 1));
            if (shortest - first + 1 > ShortContentWords)
            {
                // Only the clause's opening words: they lie inside the annotated content even where its end is missed.
                into.Add(new Candidate(subject, c, first, first + ShortContentWords - 1, "short", nested));
            }
            if (shortest - first + 1 > LongerContentWords)
            {
                // A longer opening for long annotated content, half of which the first eight words cannot cover.
                into.Add(new Candidate(subject, c, first, first + LongerContentWords - 1, "longer", nested));
            }
        }
    }

    /// <summary>Whether the content opens with an auxiliary or modal ("said was unsafe"): a reported clause whose subject stands elsewhere.</summary>
    public static bool OpensWithAuxiliary(string body, List<(int Start, int End)> words, Candidate candidate) =>
        candidate.First == candidate.Cue + 1 && Words.BareSpan(body, words[candidate.First]) is "is" or "was" or "are" or "were" or "has" or "had" or "have"
            or "will" or "would" or "could" or "should" or "can" or "may" or "might" or "must";

    private static (int Start, int End)? Covering(List<(int Start, int End)>? spans, int at)
    {
        if (spans is null)
        {
            return null;
        }
        foreach (var (start, end) in spans)
        {
            if (start <= at && at < end)
            {
                return (start, end);
            }
        }
        return null;
    }

    /// <summary>The first word that links a further clause or an adjunct: "because", "despite", "while", "and he …".</summary>
    private static int FirstLink(string body, List<(int Start, int End)> words, int from, int last)
    {
        for (var k = Math.Max(from, 0); k <= last; k++)
        {
            var word = Words.BareSpan(body, words[k]);
            if (Links.Contains(word) || (word is "and" or "but" or "or" && k < last && IsPronoun(Words.BareSpan(body, words[k + 1]))))
            {
                return k;
            }
        }
        return -1;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Links = new[]
    {
        "because", "despite", "while", "although", "though", "whereas", "after", "before", "since", "unless", "when", "if", "as",
        "amid", "during", "which", "who", "where",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static int FirstComma(string body, List<(int Start, int End)> words, int from, int last)
    {
        for (var k = Math.Max(from, 0); k < last; k++)
        {
            if (Words.Last(body, words[k]) is ',' or ';' or '—' or '–' or ':')
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>The clause ends before a participle cue, "according to" or a dash that opens the writer's aside.</summary>
    private static int ClauseLast(string body, List<(int Start, int End)> words, int first)
    {
        for (var k = first + 1; k < words.Count; k++)
        {
            var word = Words.BareSpan(body, words[k]);
            var afterComma = Words.Last(body, words[k - 1]) == ',';
            if ((afterComma && (word.SequenceEqual("according") || (word.EndsWith("ing", StringComparison.Ordinal) && Cues.IsVerb(word))))
                || (word.IsEmpty && body[words[k].Start] is '—' or '–'))
            {
                return k - 1;
            }
        }
        return words.Count - 1;
    }

    /// <summary>The features of a candidate's cue and subject, shared by the candidates of one cue that end elsewhere.</summary>
    /// <param name="form">How the subject phrase parses as a mention (Name, Pronoun, Nominal, Organization), or null.</param>
    /// <param name="cueRate">How often the cue word stood in an annotated cue on train.</param>
    /// <param name="rates">The sentence's cue rates: another likely cue in the content or before the subject.</param>
    public static void DescribeCue(string body, List<(int Start, int End)> words, Candidate candidate, int phraseFirst, string? form, double cueRate, List<double> rates, ClauseFeatures features)
    {
        features.Clear();
        features.Add("words", Bucket(words.Count, 6, 12, 20, 30, 45));
        features.Add("cue-inside", RateBucket(MaxRate(rates, candidate.First, Math.Min(words.Count, candidate.First + ShortContentWords))));
        features.Add("cue-before", RateBucket(MaxRate(rates, 0, phraseFirst)));
        var cue = Words.BareSpan(body, words[candidate.Cue]);
        var next = candidate.Cue + 1 < words.Count ? Words.BareSpan(body, words[candidate.Cue + 1]) : [];
        var head = Words.BareSpan(body, words[candidate.Subject]);
        var kind = SubjectKind(head, candidate.Subject);
        features.Add("cue", cue);
        features.Add("bias", "1");
        features.Add("previous+cue", Words.BareSpan(body, words[candidate.Cue - 1]), cue);
        features.Add("suffix", cue[^2..]);
        features.Add("cue+next", cue, next);
        features.Add("subject", kind);
        features.Add("cue+subject", cue, kind);
        if (kind is "lower" or "pronoun")
        {
            features.Add("subjectword", head);
            features.Add("cue+subjectword", cue, head);
        }
        features.Add("cuestem", Stem(cue));
        features.Add("next", WordClass(next));
        features.Add("cuestem+next", Stem(cue), WordClass(next));
        features.Add("cueat", Bucket(candidate.Cue, 1, 2, 3, 5, 8, 13));
        features.Add("form", form ?? "none");
        features.Add("cue+form", cue, form ?? "none");
        var chain = candidate.Cue - candidate.Subject - 1;
        features.Add("chain", Bucket(chain, 0, 1, 2));
        if (chain > 0)
        {
            features.Add("chainword", Words.BareSpan(body, words[candidate.Cue - 1]));
        }
        for (var k = candidate.Subject + 1; k < candidate.Cue; k++)
        {
            var between = Words.BareSpan(body, words[k]);
            if (IsNegation(between))
            {
                features.Add("negated", "1");
            }
            if (IsBeForm(between))
            {
                // "was confirmed", "is intended": the subject undergoes the verb rather than saying anything.
                features.Add("be-chain", cue.EndsWith("ed", StringComparison.Ordinal) || cue.EndsWith("en", StringComparison.Ordinal) ? "participle" : "other");
            }
        }
        var opener = phraseFirst == 0 ? "^" : Words.Last(body, words[phraseFirst - 1]) == ',' ? "," : Words.BareSpan(body, words[phraseFirst - 1]);
        features.Add("before", opener);
        features.Add("at", Bucket(phraseFirst, 0, 1, 2, 4, 8));
        features.Add("subject-words", Bucket(candidate.Subject - phraseFirst + 1, 1, 2, 3, 5));
        var rate = RateBucket(cueRate);
        features.Add("rate", rate);
        features.Add("rate+subject", rate, kind);
        features.Add("rate+form", rate, form ?? "none");
        features.Add("skipped", Bucket(candidate.First - candidate.Cue - 1, 0, 1));
        features.Add("firstword", Words.BareSpan(body, words[candidate.First]));
        features.Add("cuestem+firstword", Stem(cue), WordClass(Words.BareSpan(body, words[candidate.First])));
        if (Words.Last(body, words[candidate.Subject]) == ',')
        {
            features.Add("appositive", "1");
        }
        if (Words.Last(body, words[candidate.Cue]) == ',')
        {
            features.Add("cuecomma", "1");
        }
        if (body[words[^1].End - 1] == '?')
        {
            features.Add("question", "1");
        }
        if (Relative(body, words, candidate) is { } relative)
        {
            // "The clerk who filed the ferry records, …, found …": a clause inside the subject of the sentence's own verb.
            features.Add("relative", relative);
            features.Add("relative+inside", relative, RateBucket(MaxRate(rates, candidate.First, Math.Min(words.Count, candidate.First + ShortContentWords))));
        }
        if (candidate.Nested)
        {
            features.Add("nested", "1");
            features.Add("nested+rate", rate);
            features.Add("nested+subject", kind);
        }
    }

    /// <summary>The features of where a candidate's content ends.</summary>
    public static void DescribeEnding(string body, List<(int Start, int End)> words, Candidate candidate, double cueRate, List<double> rates, ClauseFeatures features)
    {
        features.Clear();
        // What follows the content ("…, he said", "…, which …", "… because …") and what a longer content runs across.
        var following = candidate.Last + 1 < words.Count ? Words.BareSpan(body, words[candidate.Last + 1]) : [];
        features.Add("end+following", candidate.Ending, following.Length > 0 && (IsFunctionWord(following) || IsPronoun(following)) ? following : WordClass(following));
        features.Add("end+cue-after", candidate.Ending, RateBucket(MaxRate(rates, candidate.Last + 1, Math.Min(words.Count, candidate.Last + 5))));
        if (Relative(body, words, candidate) is { } relative)
        {
            features.Add("relative+end", relative, candidate.Ending);
        }
        var crossed = FirstComma(body, words, candidate.First, candidate.Last);
        if (crossed >= 0)
        {
            var after = Words.BareSpan(body, words[crossed + 1]);
            features.Add("crossed", after.Length > 0 && (IsFunctionWord(after) || IsPronoun(after)) ? after : WordClass(after));
        }
        var cue = Words.BareSpan(body, words[candidate.Cue]);
        var kind = SubjectKind(Words.BareSpan(body, words[candidate.Subject]), candidate.Subject);
        features.Add("end", candidate.Ending);
        features.Add("cue+end", cue, candidate.Ending);
        features.Add("subject+end", kind, candidate.Ending);
        features.Add("rate+end", RateBucket(cueRate), candidate.Ending);
        var content = Bucket(candidate.Last - candidate.First + 1, 2, 3, 6, 11, 21, 41);
        features.Add("content", content);
        features.Add("end+content", candidate.Ending, content);
        features.Add("lastword", WordClass(Words.BareSpan(body, words[candidate.Last])));
        features.Add("end+lastword", candidate.Ending, WordClass(Words.BareSpan(body, words[candidate.Last])));
        features.Add("after", Bucket(words.Count - 1 - candidate.Last, 0, 1, 4, 10));
    }

    /// <summary>Whether the subject is a relative pronoun, and whether a comma sets its clause off ("officials, who said") or not ("the clerk who filed").</summary>
    private static string? Relative(string body, List<(int Start, int End)> words, Candidate candidate) => Relative(body, words, candidate.Subject, candidate.Cue);

    private static string? Relative(string body, List<(int Start, int End)> words, int subject, int cue)
    {
        // The relative pronoun stands among the words between the subject and the cue ("clerk who filed", "officials, who had said").
        for (var k = subject + 1; k < cue; k++)
        {
            if (Words.BareSpan(body, words[k]) is "who" or "which" or "that")
            {
                return Words.Last(body, words[k - 1]) == ',' ? "set-off" : "restrictive";
            }
        }
        return null;
    }

    /// <summary>The highest cue rate of the lower-case words from <paramref name="from"/> to before <paramref name="to"/>.</summary>
    private static double MaxRate(List<double> rates, int from, int to)
    {
        var max = 0.0;
        for (var k = Math.Max(from, 0); k < to; k++)
        {
            max = Math.Max(max, rates[k]);
        }
        return max;
    }

    /// <summary>A word without its inflection ending, so "claims", "claimed" and "claiming" share what is learned of "claim".</summary>
    private static string Stem(ReadOnlySpan<char> word)
    {
        foreach (var ending in InflectionEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length].ToString();
            }
        }
        return word.ToString();
    }

    private static readonly string[] InflectionEndings = ["ing", "ed", "es", "s", "d"];

    /// <summary>A coarse class of a word next to the cue or ending the content: what kind of phrase opens or is cut.</summary>
    private static string WordClass(ReadOnlySpan<char> word) => word switch
    {
        [] => "none",
        "that" => "that",
        "to" => "to",
        "the" or "a" or "an" or "his" or "her" or "their" or "its" or "this" or "these" => "determiner",
        _ when IsPronoun(word) => "pronoun",
        _ when IsFunctionWord(word) => "function",
        _ when char.IsUpper(word[0]) => "capital",
        _ when char.IsDigit(word[0]) => "number",
        _ => "word",
    };

    private static bool IsBeForm(ReadOnlySpan<char> word) => word is "is" or "was" or "are" or "were" or "be" or "been" or "being";

    private static string RateBucket(double rate) => rate switch
    {
        < 0.05 => "<.05",
        < 0.1 => "<.1",
        < 0.2 => "<.2",
        < 0.4 => "<.4",
        < 0.6 => "<.6",
        _ => ">=.6",
    };

    private static string SubjectKind(ReadOnlySpan<char> head, int at)
    {
        if (IsPronoun(head))
        {
            return "pronoun";
        }
        if (char.IsDigit(head[0]))
        {
            return "number";
        }
        if (char.IsUpper(head[0]))
        {
            return at == 0 ? "capital-first" : "capital";
        }
        return "lower";
    }

    private static string Bucket(int value, params ReadOnlySpan<int> bounds)
    {
        var label = "<" + bounds[0];
        foreach (var bound in bounds)
        {
            if (value >= bound)
            {
                label = BoundLabels.TryGetValue(bound, out var known) ? known : bound.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return label;
    }

    private static readonly FrozenDictionary<int, string> BoundLabels =
        Enumerable.Range(0, 64).ToFrozenDictionary(i => i, i => ">=" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static bool IsPronoun(ReadOnlySpan<char> word) => PronounLookup.Contains(word);

    private static bool IsNegation(ReadOnlySpan<char> word) => word is "not" or "never" || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal);

    /// <summary>Words between a subject and its verb: auxiliaries, modals, adverbs, negation.</summary>
    private static bool IsChainWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0]) && (ChainLookup.Contains(word) || Cues.IsAuxiliary(word) || IsNegation(word));

    private static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionLookup.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup = new[]
    {
        "on", "in", "at", "with", "for", "from", "by", "of", "into", "onto", "over", "under", "about", "against", "between", "during",
        "through", "toward", "towards", "upon", "within", "without", "across", "near",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = new[]
    {
        "that", "about", "on", "for", "out", "up", "of", "at", "over", "against", "into", "with",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = new[]
    {
        "he", "she", "they", "it", "we", "i", "you", "who", "which", "He", "She", "They", "It", "We", "I", "You",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChainLookup = new[]
    {
        "is", "was", "are", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would",
        "can", "could", "may", "might", "must", "shall", "should", "not", "never", "also", "to", "going", "who", "which", "that",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionLookup = new[]
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "from", "by", "as", "and", "or", "but", "nor", "so", "if", "than",
        "then", "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "while", "because",
        "although", "though", "about", "into", "over", "under", "after", "before", "during", "between", "through", "against",
        "without", "within", "upon", "its", "his", "her", "their", "our", "my", "your", "there", "here", "more", "most", "less",
        "very", "all", "some", "any", "each", "every", "other", "such", "only", "just", "even", "much", "many", "new", "one",
        "two", "three", "last", "first", "next", "since", "until", "like", "among", "around", "across", "per", "via",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
