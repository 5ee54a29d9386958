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

    /// <summary>
    /// The cue rate from which a verb inside a statement of the rules makes nested candidates. Under it they were half
    /// the nested candidates and found a handful of relations on PolNeAR train; reading them cost more than they gave.
    /// </summary>
    private const double MinNestedCueRate = 0.4;

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

    /// <param name="sentence">The sentence with its cue rates: only words rated as cues are tried, so most words of a sentence are passed over with one look.</param>
    /// <param name="covered">Spans the rules already made statements of: a cue inside one makes only candidates nested in it (subject, cue and content inside the span).</param>
    /// <param name="minCueRate">The lowest cue rate a word needs to be tried as a cue.</param>
    public static void Find(ClauseSentence sentence, List<Candidate> into, List<(int Start, int End)>? covered = null, double minCueRate = 0)
    {
        var body = sentence.Body;
        var words = sentence.Words;
        var rates = sentence.Rates;
        into.Clear();
        for (var c = 1; c < Math.Min(words.Count - MinContentWords, MaxCueWord); c++)
        {
            if (!sentence.IsCueWord(c) || rates[c] < minCueRate || (Words.EndsPhrase(body, words[c]) && Words.Last(body, words[c]) != ','))
            {
                continue;
            }
            var outer = Covering(covered, words[c].Start);
            if (outer is not null && rates[c] < MinNestedCueRate)
            {
                continue;
            }
            var subject = c - 1;
            while (subject > 0 && c - subject <= MaxChainWords && IsChainWord(sentence.Bare(subject)) && !Words.EndsPhrase(body, words[subject]))
            {
                subject--;
            }
            var head = sentence.Bare(subject);
            if (head.Length == 0 || (IsFunctionWord(head) && !IsPronoun(head)) || IsChainWord(head)
                || (Words.EndsPhrase(body, words[subject]) && Words.Last(body, words[subject]) != ',')
                || (subject > 0 && sentence.Bare(c - 1) is "to" && !IsPronoun(head) && IsPreposition(sentence.Bare(subject - 1)) && !Words.EndsPhrase(body, words[subject - 1])))
            {
                // "… met on Monday to discuss the bridge": a noun right after a preposition is its object, not the subject of the infinitive.
                continue;
            }
            if (rates[c] < ReportingRate && Relative(sentence, subject, c) == "restrictive")
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
            while (first < words.Count && first <= c + 2 && IsParticle(sentence.Bare(first)))
            {
                first++;
            }
            var last = ClauseLast(sentence, first);
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
            if (first >= words.Count || (last == first && (IsFunctionWord(sentence.Bare(first)) || IsPronoun(sentence.Bare(first)))))
            {
                // "… first proposed it.": a lone pronoun or function word says nothing of what was said.
                continue;
            }
            if (last - first + 1 >= MinContentWords)
            {
                into.Add(new Candidate(subject, c, first, last, ending, nested));
            }
            var comma = FirstComma(sentence, first + MinContentWords - 1, last);
            if (comma >= 0)
            {
                into.Add(new Candidate(subject, c, first, comma, "comma", nested));
            }
            var link = sentence.FirstLink(first + MinContentWords, last);
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

    /// <summary>
    /// Whether a word with a cue rate may be a candidate's cue: not a verb the rules take only with a clause or an evidence
    /// source, a function word or an auxiliary. It depends on the word alone, so the lexicon keeps the answer.
    /// </summary>
    internal static bool MayBeCue(string word) =>
        !StatementExtractor.ReportsOnlyWithClause(word) && !IsFunctionWord(word) && !IsChainWord(word);

    /// <summary>Whether the content opens with an auxiliary or modal ("said was unsafe"): a reported clause whose subject stands elsewhere.</summary>
    public static bool OpensWithAuxiliary(ClauseSentence sentence, Candidate candidate) =>
        candidate.First == candidate.Cue + 1 && sentence.Bare(candidate.First) is "is" or "was" or "are" or "were" or "has" or "had" or "have"
            or "will" or "would" or "could" or "should" or "can" or "may" or "might" or "must";

    /// <summary>
    /// Whether "tell" has a plain object after it ("told the story of the crossing"): it reports speech with a clause
    /// after whom it names ("told reporters that …"), which the rules read, so a content opening with an article is what was told, not said.
    /// </summary>
    public static bool TellsAThing(ClauseSentence sentence, Candidate candidate) =>
        sentence.Bare(candidate.Cue) is "told" or "tell" or "tells" or "telling" && sentence.Bare(candidate.First) is "the" or "a" or "an";

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

    /// <summary>The words that link a further clause or an adjunct: "because", "despite", "while", "which".</summary>
    internal static bool IsLinkWord(ReadOnlySpan<char> word) => word is
        "because" or "despite" or "while" or "although" or "though" or "whereas" or "after" or "before" or "since" or "unless" or
        "when" or "if" or "as" or "amid" or "during" or "which" or "who" or "where";

    private static int FirstComma(ClauseSentence sentence, int from, int last)
    {
        for (var k = Math.Max(from, 0); k < last; k++)
        {
            if (sentence.EndsWithComma(k))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>The clause ends before a participle cue, "according to" or a dash that opens the writer's aside.</summary>
    private static int ClauseLast(ClauseSentence sentence, int first)
    {
        for (var k = first + 1; k < sentence.Count; k++)
        {
            if (sentence.Stops(k))
            {
                return k - 1;
            }
        }
        return sentence.Count - 1;
    }

    /// <summary>The features of a candidate's cue and subject, shared by the candidates of one cue that end elsewhere.</summary>
    /// <param name="form">How the subject phrase parses as a mention (Name, Pronoun, Nominal, Organization), or null.</param>
    /// <param name="cueRate">How often the cue word stood in an annotated cue on train.</param>
    /// <param name="sentence">The sentence with its cue rates: another likely cue in the content or before the subject.</param>
    public static void DescribeCue(ClauseSentence sentence, Candidate candidate, int phraseFirst, string? form, double cueRate, ClauseFeatures features)
    {
        var body = sentence.Body;
        var words = sentence.Words;
        var rates = sentence.Rates;
        features.Clear();
        features.Add(Feature.Words, Bucket(words.Count, 6, 12, 20, 30, 45));
        features.Add(Feature.CueInside, RateBucket(MaxRate(rates, candidate.First, Math.Min(words.Count, candidate.First + ShortContentWords))));
        features.Add(Feature.CueBefore, RateBucket(MaxRate(rates, 0, phraseFirst)));
        var cue = sentence.Bare(candidate.Cue);
        var next = candidate.Cue + 1 < words.Count ? sentence.Bare(candidate.Cue + 1) : [];
        var head = sentence.Bare(candidate.Subject);
        var kind = SubjectKind(head, candidate.Subject);
        features.Add(Feature.Cue, cue);
        features.Add(Feature.Bias, "1");
        features.Add(Feature.PreviousCue, sentence.Bare(candidate.Cue - 1), cue);
        features.Add(Feature.Suffix, cue[^2..]);
        features.Add(Feature.CueNext, cue, next);
        features.Add(Feature.Subject, kind);
        features.Add(Feature.CueSubject, cue, kind);
        if (kind is "lower" or "pronoun")
        {
            features.Add(Feature.Subjectword, head);
            features.Add(Feature.CueSubjectword, cue, head);
        }
        var stem = Stem(cue);
        var nextClass = WordClass(next);
        features.Add(Feature.Cuestem, stem);
        features.Add(Feature.Next, nextClass);
        features.Add(Feature.CuestemNext, stem, nextClass);
        features.Add(Feature.Cueat, Bucket(candidate.Cue, 1, 2, 3, 5, 8, 13));
        features.Add(Feature.Form, form ?? "none");
        features.Add(Feature.CueForm, cue, form ?? "none");
        var chain = candidate.Cue - candidate.Subject - 1;
        features.Add(Feature.Chain, Bucket(chain, 0, 1, 2));
        if (chain > 0)
        {
            features.Add(Feature.Chainword, sentence.Bare(candidate.Cue - 1));
        }
        for (var k = candidate.Subject + 1; k < candidate.Cue; k++)
        {
            var between = sentence.Bare(k);
            if (IsNegation(between))
            {
                features.Add(Feature.Negated, "1");
            }
            if (IsBeForm(between))
            {
                // "was confirmed", "is intended": the subject undergoes the verb rather than saying anything.
                features.Add(Feature.BeChain, cue.EndsWith("ed", StringComparison.Ordinal) || cue.EndsWith("en", StringComparison.Ordinal) ? "participle" : "other");
            }
        }
        var opener = phraseFirst == 0 ? "^" : Words.Last(body, words[phraseFirst - 1]) == ',' ? "," : sentence.Bare(phraseFirst - 1);
        features.Add(Feature.Before, opener);
        features.Add(Feature.At, Bucket(phraseFirst, 0, 1, 2, 4, 8));
        features.Add(Feature.SubjectWords, Bucket(candidate.Subject - phraseFirst + 1, 1, 2, 3, 5));
        var rate = RateBucket(cueRate);
        features.Add(Feature.Rate, rate);
        features.Add(Feature.RateSubject, rate, kind);
        features.Add(Feature.RateForm, rate, form ?? "none");
        features.Add(Feature.Skipped, Bucket(candidate.First - candidate.Cue - 1, 0, 1));
        features.Add(Feature.Firstword, sentence.Bare(candidate.First));
        features.Add(Feature.CuestemFirstword, stem, WordClass(sentence.Bare(candidate.First)));
        if (Words.Last(body, words[candidate.Subject]) == ',')
        {
            features.Add(Feature.Appositive, "1");
        }
        if (Words.Last(body, words[candidate.Cue]) == ',')
        {
            features.Add(Feature.Cuecomma, "1");
        }
        if (body[words[^1].End - 1] == '?')
        {
            features.Add(Feature.Question, "1");
        }
        if (Relative(sentence, candidate) is { } relative)
        {
            // "The clerk who filed the ferry records, …, found …": a clause inside the subject of the sentence's own verb.
            features.Add(Feature.Relative, relative);
            features.Add(Feature.RelativeInside, relative, RateBucket(MaxRate(rates, candidate.First, Math.Min(words.Count, candidate.First + ShortContentWords))));
        }
        if (candidate.Nested)
        {
            features.Add(Feature.Nested, "1");
            features.Add(Feature.NestedRate, rate);
            features.Add(Feature.NestedSubject, kind);
        }
    }

    /// <summary>The features of where a candidate's content ends.</summary>
    public static void DescribeEnding(ClauseSentence sentence, Candidate candidate, double cueRate, ClauseFeatures features)
    {
        var body = sentence.Body;
        var words = sentence.Words;
        var rates = sentence.Rates;
        features.Clear();
        // What follows the content ("…, he said", "…, which …", "… because …") and what a longer content runs across.
        var following = candidate.Last + 1 < words.Count ? sentence.Bare(candidate.Last + 1) : [];
        features.Add(Feature.EndFollowing, candidate.Ending, following.Length > 0 && (IsFunctionWord(following) || IsPronoun(following)) ? following : WordClass(following));
        features.Add(Feature.EndCueAfter, candidate.Ending, RateBucket(MaxRate(rates, candidate.Last + 1, Math.Min(words.Count, candidate.Last + 5))));
        if (Relative(sentence, candidate) is { } relative)
        {
            features.Add(Feature.RelativeEnd, relative, candidate.Ending);
        }
        var crossed = FirstComma(sentence, candidate.First, candidate.Last);
        if (crossed >= 0)
        {
            var after = sentence.Bare(crossed + 1);
            features.Add(Feature.Crossed, after.Length > 0 && (IsFunctionWord(after) || IsPronoun(after)) ? after : WordClass(after));
        }
        var cue = sentence.Bare(candidate.Cue);
        var kind = SubjectKind(sentence.Bare(candidate.Subject), candidate.Subject);
        features.Add(Feature.End, candidate.Ending);
        features.Add(Feature.CueEnd, cue, candidate.Ending);
        features.Add(Feature.SubjectEnd, kind, candidate.Ending);
        features.Add(Feature.RateEnd, RateBucket(cueRate), candidate.Ending);
        var content = Bucket(candidate.Last - candidate.First + 1, 2, 3, 6, 11, 21, 41);
        features.Add(Feature.Content, content);
        features.Add(Feature.EndContent, candidate.Ending, content);
        var lastClass = WordClass(sentence.Bare(candidate.Last));
        features.Add(Feature.Lastword, lastClass);
        features.Add(Feature.EndLastword, candidate.Ending, lastClass);
        features.Add(Feature.After, Bucket(words.Count - 1 - candidate.Last, 0, 1, 4, 10));
    }

    /// <summary>Whether the subject is a relative pronoun, and whether a comma sets its clause off ("officials, who said") or not ("the clerk who filed").</summary>
    private static string? Relative(ClauseSentence sentence, Candidate candidate) => Relative(sentence, candidate.Subject, candidate.Cue);

    private static string? Relative(ClauseSentence sentence, int subject, int cue)
    {
        var body = sentence.Body;
        var words = sentence.Words;
        // The relative pronoun stands among the words between the subject and the cue ("clerk who filed", "officials, who had said").
        for (var k = subject + 1; k < cue; k++)
        {
            if (sentence.Bare(k) is "who" or "which" or "that")
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
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        foreach (var ending in InflectionEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }
        return word;
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
        var label = BelowLabels[bounds[0]];
        foreach (var bound in bounds)
        {
            if (value >= bound)
            {
                label = BoundLabels[bound];
            }
        }
        return label;
    }

    /// <summary>"&lt;n" and "&gt;=n" for the bounds buckets use (all under 64), made once.</summary>
    private static readonly string[] BelowLabels = [.. Enumerable.Range(0, 64).Select(i => "<" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static readonly string[] BoundLabels = [.. Enumerable.Range(0, 64).Select(i => ">=" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static bool IsNegation(ReadOnlySpan<char> word) => word is "not" or "never" || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal);

    /// <summary>Words between a subject and its verb: auxiliaries, modals, adverbs, negation.</summary>
    private static bool IsChainWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0]) && (IsChainLookupWord(word) || Cues.IsAuxiliary(word) || IsNegation(word));

    private static bool IsPreposition(ReadOnlySpan<char> word) => word is
        "on" or "in" or "at" or "with" or "for" or "from" or "by" or "of" or "into" or "onto" or "over" or "under" or "about" or
        "against" or "between" or "during" or "through" or "toward" or "towards" or "upon" or "within" or "without" or
        "across" or "near";

    private static bool IsParticle(ReadOnlySpan<char> word) => word is
        "that" or "about" or "on" or "for" or "out" or "up" or "of" or "at" or "over" or "against" or "into" or "with";

    internal static bool IsPronoun(ReadOnlySpan<char> word) => word is
        "he" or "she" or "they" or "it" or "we" or "i" or "you" or "who" or "which" or "He" or "She" or "They" or "It" or "We" or
        "I" or "You";

    private static bool IsChainLookupWord(ReadOnlySpan<char> word) => word is
        "is" or "was" or "are" or "were" or "be" or "been" or "being" or "am" or "has" or "have" or "had" or "having" or "do" or
        "does" or "did" or "will" or "would" or "can" or "could" or "may" or "might" or "must" or "shall" or "should" or "not" or
        "never" or "also" or "to" or "going" or "who" or "which" or "that";

    private static bool IsFunctionWord(ReadOnlySpan<char> word) => word is
        "the" or "a" or "an" or "of" or "to" or "in" or "on" or "at" or "for" or "with" or "from" or "by" or "as" or "and" or
        "or" or "but" or "nor" or "so" or "if" or "than" or "then" or "that" or "this" or "these" or "those" or "which" or
        "who" or "whom" or "whose" or "what" or "when" or "where" or "while" or "because" or "although" or "though" or "about" or
        "into" or "over" or "under" or "after" or "before" or "during" or "between" or "through" or "against" or "without" or
        "within" or "upon" or "its" or "his" or "her" or "their" or "our" or "my" or "your" or "there" or "here" or "more" or
        "most" or "less" or "very" or "all" or "some" or "any" or "each" or "every" or "other" or "such" or "only" or "just" or
        "even" or "much" or "many" or "new" or "one" or "two" or "three" or "last" or "first" or "next" or "since" or "until" or
        "like" or "among" or "around" or "across" or "per" or "via";

    /// <summary>The features' names, their hashes worked out once.</summary>
    private static class Feature
    {
        public static readonly ClauseFeatures.Name After = new("after");

        public static readonly ClauseFeatures.Name Appositive = new("appositive");

        public static readonly ClauseFeatures.Name At = new("at");

        public static readonly ClauseFeatures.Name BeChain = new("be-chain");

        public static readonly ClauseFeatures.Name Before = new("before");

        public static readonly ClauseFeatures.Name Bias = new("bias");

        public static readonly ClauseFeatures.Name Chain = new("chain");

        public static readonly ClauseFeatures.Name Chainword = new("chainword");

        public static readonly ClauseFeatures.Name Content = new("content");

        public static readonly ClauseFeatures.Name Crossed = new("crossed");

        public static readonly ClauseFeatures.Name Cue = new("cue");

        public static readonly ClauseFeatures.Name CueEnd = new("cue+end");

        public static readonly ClauseFeatures.Name CueForm = new("cue+form");

        public static readonly ClauseFeatures.Name CueNext = new("cue+next");

        public static readonly ClauseFeatures.Name CueSubject = new("cue+subject");

        public static readonly ClauseFeatures.Name CueSubjectword = new("cue+subjectword");

        public static readonly ClauseFeatures.Name CueBefore = new("cue-before");

        public static readonly ClauseFeatures.Name CueInside = new("cue-inside");

        public static readonly ClauseFeatures.Name Cueat = new("cueat");

        public static readonly ClauseFeatures.Name Cuecomma = new("cuecomma");

        public static readonly ClauseFeatures.Name Cuestem = new("cuestem");

        public static readonly ClauseFeatures.Name CuestemFirstword = new("cuestem+firstword");

        public static readonly ClauseFeatures.Name CuestemNext = new("cuestem+next");

        public static readonly ClauseFeatures.Name End = new("end");

        public static readonly ClauseFeatures.Name EndContent = new("end+content");

        public static readonly ClauseFeatures.Name EndCueAfter = new("end+cue-after");

        public static readonly ClauseFeatures.Name EndFollowing = new("end+following");

        public static readonly ClauseFeatures.Name EndLastword = new("end+lastword");

        public static readonly ClauseFeatures.Name Firstword = new("firstword");

        public static readonly ClauseFeatures.Name Form = new("form");

        public static readonly ClauseFeatures.Name Lastword = new("lastword");

        public static readonly ClauseFeatures.Name Negated = new("negated");

        public static readonly ClauseFeatures.Name Nested = new("nested");

        public static readonly ClauseFeatures.Name NestedRate = new("nested+rate");

        public static readonly ClauseFeatures.Name NestedSubject = new("nested+subject");

        public static readonly ClauseFeatures.Name Next = new("next");

        public static readonly ClauseFeatures.Name PreviousCue = new("previous+cue");

        public static readonly ClauseFeatures.Name Question = new("question");

        public static readonly ClauseFeatures.Name Rate = new("rate");

        public static readonly ClauseFeatures.Name RateEnd = new("rate+end");

        public static readonly ClauseFeatures.Name RateForm = new("rate+form");

        public static readonly ClauseFeatures.Name RateSubject = new("rate+subject");

        public static readonly ClauseFeatures.Name Relative = new("relative");

        public static readonly ClauseFeatures.Name RelativeEnd = new("relative+end");

        public static readonly ClauseFeatures.Name RelativeInside = new("relative+inside");

        public static readonly ClauseFeatures.Name Skipped = new("skipped");

        public static readonly ClauseFeatures.Name Subject = new("subject");

        public static readonly ClauseFeatures.Name SubjectEnd = new("subject+end");

        public static readonly ClauseFeatures.Name SubjectWords = new("subject-words");

        public static readonly ClauseFeatures.Name Subjectword = new("subjectword");

        public static readonly ClauseFeatures.Name Suffix = new("suffix");

        public static readonly ClauseFeatures.Name Words = new("words");
    }
}
