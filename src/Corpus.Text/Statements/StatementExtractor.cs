using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Corpus.Text.Articles;
using Corpus.Text.Speakers;
using Corpus.Text.Statements.Learned;

namespace Corpus.Text.Statements;

/// <summary>
/// Finds who said what in a clean body, paragraph by paragraph and sentence by sentence (sentences never break inside a
/// quotation). A quotation's speaker comes from a cue after it (<c>"…," X said</c>, <c>said X</c>, <c>according to X</c>),
/// before it (<c>X said: "…"</c>, <c>X said that … "…"</c>), a transcript label, or, when it has none, from the nearest
/// attributed quotation of its paragraph, a colon introduction ending the paragraph before, or the quotation that paragraph
/// ended with. The reported clause decides the kind: quoted words alone are direct, a clause mostly in quotation marks is
/// direct as a whole, a clause with a few quoted words is partial. Quotations with no cue in a sentence they do not fill
/// (scare quotes, titles) are no statements. Sentences without quotation marks give indirect statements after cue verbs.
/// </summary>
public static partial class StatementExtractor
{
    private const int MaxWordsBetweenCueAndQuote = 25;
    private const int MaxWordsInAppositiveAttribution = 40;
    private const int MinWordsOfQuotedSpeech = 5;
    private const int MinWordsOfReportedClause = 8;
    private const int MaxCharsBeforeSubjectVerb = 160;
    private const int MaxWordsDescribingName = 4;

    public static IReadOnlyList<StatementFinding> Extract(CleanArticle article) => Run(article, ClauseModel.Default, null);

    /// <summary>Extracts with another model for the learned step than the one compiled in (to evaluate a model being trained).</summary>
    public static IReadOnlyList<StatementFinding> Extract(CleanArticle article, ClauseModel model) => Run(article, model, null);

    private static IReadOnlyList<StatementFinding> Run(CleanArticle article, ClauseModel model, ClauseCandidateSeen? seen)
    {
        var body = article.Body;
        var context = new Context(body, new ArticleSpeakers(body), model, seen);
        var start = 0;
        while (start < body.Length)
        {
            var end = body.IndexOf(CleanArticle.ParagraphSeparator, start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = body.Length;
            }
            Paragraph(context, start, end);
            start = end + CleanArticle.ParagraphSeparator.Length;
        }
        return [.. context.Drafts.Select(d => d.ToFinding(body))];
    }

    private sealed class Context(string body, ArticleSpeakers speakers, ClauseModel model, ClauseCandidateSeen? seen)
    {
        public string Body { get; } = body;

        public ClauseModel Model { get; } = model;

        public ClauseCandidateSeen? Seen { get; } = seen;

        /// <summary>Reused by the learned step for each sentence's candidates and the features of one.</summary>
        public List<ClauseCandidates.Candidate> Candidates { get; } = [];

        public List<Kept> Kept { get; } = [];

        /// <summary>The spans of the current sentence the rules made statements of, for the learned step.</summary>
        public List<(int Start, int End)> CoveredSpans { get; } = [];

        /// <summary>A reused list for the statements the rules made of a sentence with quotations, in order.</summary>
        public List<(int Start, int End)> QuotedStatements { get; } = [];

        /// <summary>The spans and cue positions of the learned step's statements in the sentence being read.</summary>
        public List<(int Start, int End, int CueAt)> KeptSpans { get; } = [];

        /// <summary>The sentence the learned step reads: its words' bare forms, cue rates and marks.</summary>
        public ClauseSentence Clause { get; } = new();

        public ClauseFeatures Features { get; } = new() { Names = seen is null ? null : [], Scoring = seen is null ? model : null };

        public ClauseFeatures EndingFeatures { get; } = new() { Names = seen is null ? null : [], Scoring = seen is null ? model : null };

        public ArticleSpeakers Speakers { get; } = speakers;

        public List<Draft> Drafts { get; } = [];

        private readonly Dictionary<string, Mention?> mentions = new(StringComparer.Ordinal);

        /// <summary>Parses a source phrase once per article: the same names open sentence after sentence.</summary>
        public Mention? Parse(string phrase)
        {
            ref var mention = ref CollectionsMarshal.GetValueRefOrAddDefault(mentions, phrase, out var known);
            if (!known)
            {
                mention = MentionParser.Parse(phrase);
            }
            return mention;
        }

        /// <summary>The current sentence's words, split once and shared by every rule that reads the sentence.</summary>
        public List<(int Start, int End)> SentenceWords { get; } = [];

        /// <summary>A reused list for the words of part of the sentence (before a quotation, after one, its opening).</summary>
        public List<(int Start, int End)> PartWords { get; } = [];

        /// <summary>The current sentence's words from <paramref name="from"/> to <paramref name="to"/>, as <see cref="Words.In"/> gives them.</summary>
        public List<(int Start, int End)> Part(int from, int to) => Words.Clip(Body, SentenceWords, from, to, PartWords);

        /// <summary>The speaker of the last quotation of the previous paragraph.</summary>
        public ArticleSpeaker? Carried { get; set; }

        /// <summary>The person or organisation the current sentence opens with.</summary>
        public ArticleSpeaker? Subject { get; set; }

        /// <summary>The person the article spoke of last before the current paragraph.</summary>
        public ArticleSpeaker? SpokenOfBefore { get; set; }

        /// <summary>The speaker introduced by a colon that ends the previous paragraph ("X replied:").</summary>
        public ArticleSpeaker? Introduced { get; set; }
    }

    private sealed class Draft(int start, int end, StatementKind kind, string cue, string rule, double confidence, ArticleSpeaker? speaker)
    {
        public int Start { get; } = start;

        public int End { get; } = end;

        public StatementKind Kind { get; } = kind;

        public string Cue { get; set; } = cue;

        public string Rule { get; set; } = rule;

        public double Confidence { get; set; } = confidence;

        public ArticleSpeaker? Speaker { get; set; } = speaker;

        public bool Attributed { get; init; } = true;

        public StatementFinding ToFinding(string body) => new(body[Start..End], Kind, Cue, Start, End, Rule, Confidence, Speaker?.ToRef());
    }

    private sealed record Attribution(ArticleSpeaker? Speaker, string Cue, int PhraseStart, int PhraseEnd, int ClauseStart, string Rule);

    private static void Paragraph(Context context, int start, int end)
    {
        var body = context.Body;
        var quotes = QuoteScanner.Scan(body, start, end);
        if (quotes.Count == 0 && LabelledParagraph(context, start, end))
        {
            context.Carried = null;
            context.Introduced = null;
            return;
        }
        var sentences = SentenceSplitter.Split(body, start, end, quotes);
        var firstDraft = context.Drafts.Count;
        context.SpokenOfBefore = context.Speakers.LastPerson;
        var next = 0;
        ArticleSpeaker? introduces = null;
        var inSentence = new List<QuoteSpan>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var (from, to) = sentences[s];
            inSentence.Clear();
            while (next < quotes.Count && quotes[next].Open < to)
            {
                inSentence.Add(quotes[next++]);
            }
            Words.Fill(body, from, to, context.SentenceWords);
            NoteSubject(context, from, inSentence.Count > 0 ? inSentence[0].Open : to);
            var sentenceFirstDraft = context.Drafts.Count;
            if (inSentence.Count > 0)
            {
                QuotedSentence(context, from, to, inSentence);
                LearnedQuotedClause(context, from, to, sentenceFirstDraft);
            }
            else if (s == sentences.Count - 1 && body[to - 1] == ':')
            {
                introduces = ColonIntroduction(context, from, to);
            }
            else
            {
                ReportedSentence(context, from, to);
                LearnedClause(context, from, to, sentenceFirstDraft);
            }
            SplitCoordinated(context, sentenceFirstDraft);
        }
        FillUnattributed(context, firstDraft, quotes.Count > 0 && quotes[0].Open == start);
        context.Carried = null;
        for (var d = context.Drafts.Count - 1; d >= firstDraft; d--)
        {
            if (context.Drafts[d].Kind != StatementKind.Indirect)
            {
                context.Carried = context.Drafts[d].Speaker;
                break;
            }
        }
        context.Introduced = introduces;
    }

    /// <summary>Quotations without a cue take the nearest attributed speaker of their paragraph, before them first.</summary>
    private static void FillUnattributed(Context context, int firstDraft, bool paragraphOpensWithQuote)
    {
        var drafts = context.Drafts;
        for (var i = firstDraft; i < drafts.Count; i++)
        {
            if (drafts[i].Attributed)
            {
                continue;
            }
            ArticleSpeaker? speaker = null;
            for (var j = i - 1; j >= firstDraft && speaker is null; j--)
            {
                speaker = drafts[j].Attributed ? drafts[j].Speaker : null;
            }
            for (var j = i + 1; j < drafts.Count && speaker is null; j++)
            {
                speaker = drafts[j].Attributed ? drafts[j].Speaker : null;
            }
            if (speaker is null && paragraphOpensWithQuote)
            {
                speaker = context.Introduced ?? context.Carried;
                drafts[i].Rule = context.Introduced is not null ? "colon-introduction" : "continued-quote";
                if (speaker is null && context.SpokenOfBefore is { } spokenOf)
                {
                    // A quotation opening a paragraph after narrative about someone ("Carter said that …" then "“That's because …") is theirs.
                    speaker = spokenOf;
                    drafts[i].Rule = "quote-after-narrative";
                }
            }
            drafts[i].Speaker = speaker;
            if (speaker is not null)
            {
                context.Speakers.Saw(speaker);
            }
        }
    }

    private static void QuotedSentence(Context context, int from, int to, List<QuoteSpan> spans)
    {
        var body = context.Body;
        var label = TranscriptLabel(context, spans[0]);
        if (label is not null)
        {
            spans[0] = spans[0] with { Start = label.Value.TextStart };
        }
        var attribution = label?.Attribution;
        for (var k = 0; k < spans.Count && attribution is null; k++)
        {
            var segmentEnd = k + 1 < spans.Count ? spans[k + 1].Open : to;
            attribution = CueAfter(context, spans[k].Close, segmentEnd);
        }
        var cuedBefore = attribution is null;
        attribution ??= CueBefore(context, from, spans[0].Open);
        if (attribution is null)
        {
            var inside = TokensInside(body, spans);
            if (spans[0].Open - from <= 1 && 2 * inside >= Words.Tokens(body, from, to))
            {
                foreach (var q in spans)
                {
                    AddQuote(context, q, "quote", null, "unattributed-quote", 0.6, attributed: false);
                }
                return;
            }
            if (!AnyQuotedSpeech(body, spans))
            {
                // Only scare quotes or titles: the sentence may still report speech around them ("…, according to X").
                ReportedSentence(context, from, to);
                return;
            }
            var subject = context.Subject;
            var rule = "quote-in-narrative";
            if (subject is null && FirstNameBefore(context, from, spans[0].Open) is { } nearest)
            {
                subject = nearest;
                rule = "quote-after-name";
            }
            foreach (var q in spans)
            {
                if (!IsQuotedSpeech(body, q))
                {
                    continue;
                }
                if (NamedRightBefore(context, from, q.Open) is { } named)
                {
                    AddQuote(context, q, "quote", named, "name-before-quote", 0.6, attributed: true);
                    continue;
                }
                AddQuote(context, q, "quote", subject, rule, 0.5, attributed: subject is not null);
            }
            return;
        }
        if (attribution.ClauseStart >= 0)
        {
            Clause(context, attribution.ClauseStart, to, spans, attribution);
            if (cuedBefore)
            {
                ReportedBeforeQuotingCue(context, from, attribution);
            }
            return;
        }
        Clause(context, from, attribution.PhraseStart, spans, attribution);
        Clause(context, attribution.PhraseEnd, to, spans, attribution);
    }

    /// <summary>Emits one reported clause: its quotations alone when they fill it, the whole clause otherwise.</summary>
    private static void Clause(Context context, int from, int to, List<QuoteSpan> spans, Attribution attribution)
    {
        var body = context.Body;
        var inClause = new List<QuoteSpan>();
        foreach (var q in spans)
        {
            if (q.Open >= from && q.Open < to)
            {
                inClause.Add(q);
            }
        }
        if (inClause.Count == 0)
        {
            return;
        }
        if (attribution.ClauseStart >= 0)
        {
            // The clause ends where narration takes over; quoted speech in the narration is still the source's.
            to = QuotedClauseEnd.Before(body, inClause[0].End, to);
            var kept = 0;
            for (var i = 0; i < inClause.Count; i++)
            {
                var q = inClause[i];
                if (q.Open < to)
                {
                    inClause[kept++] = q;
                }
                else if (IsQuotedSpeech(body, q))
                {
                    AddQuote(context, q, attribution.Cue, attribution.Speaker, attribution.Rule, 0.75, attributed: true);
                }
            }
            inClause.RemoveRange(kept, inClause.Count - kept);
        }
        var (start, end) = Trim(body, from, Math.Max(to, inClause[^1].End));
        var all = Words.Tokens(body, start, end);
        var inside = TokensInside(body, inClause);
        if (all - inside <= 2)
        {
            foreach (var q in inClause)
            {
                AddQuote(context, q, attribution.Cue, attribution.Speaker, attribution.Rule, 0.9, attributed: true);
            }
            return;
        }
        var kind = 2 * inside >= all ? StatementKind.Direct : StatementKind.Partial;
        if (kind == StatementKind.Partial && AllTitles(body, inClause))
        {
            // "Sunday on Fox News channel's “Sunday Morning Futures,”": the marks name a show, nobody's words; a long
            // clause around them is still reported speech, a short one only says where it was said.
            if (all - inside >= MinWordsOfReportedClause)
            {
                context.Drafts.Add(new Draft(start, end, StatementKind.Indirect, attribution.Cue, attribution.Rule + "/titled", 0.6, attribution.Speaker));
            }
            return;
        }
        context.Drafts.Add(new Draft(start, end, kind, attribution.Cue, attribution.Rule + (kind == StatementKind.Direct ? "/mostly-quoted" : "/partial"), 0.75, attribution.Speaker));
    }

    private static int TokensInside(string body, List<QuoteSpan> spans)
    {
        var inside = 0;
        foreach (var q in spans)
        {
            inside += Words.Tokens(body, q.Start, q.End);
        }
        return inside;
    }

    private static void AddQuote(Context context, QuoteSpan q, string cue, ArticleSpeaker? speaker, string rule, double confidence, bool attributed)
    {
        var (start, end) = Trim(context.Body, q.Start, q.End);
        if (Words.Tokens(context.Body, start, end) == 0)
        {
            return;
        }
        context.Drafts.Add(new Draft(start, end, StatementKind.Direct, cue, rule, confidence, speaker) { Attributed = attributed });
    }

    /// <summary>A cue right after a quotation: <c>, X said</c>, <c>, said X</c>, <c>, according to X</c>.</summary>
    private static Attribution? CueAfter(Context context, int from, int to)
    {
        var body = context.Body;
        var words = context.Part(from, to);
        if (words.Count == 0)
        {
            return null;
        }
        var first = Words.Bare(body, words[0]);
        if (Cues.IsVerb(first) && !Words.EndsPhrase(body, words[0]) && SourcePhrase.After(body, words, 1) is var (last, phrase))
        {
            return Resolve(context, phrase, first, from, words[last].End, -1, "quote-cue-source", words[1].Start);
        }
        if (first == "according" && words.Count > 2 && Words.Bare(body, words[1]) == "to" && SourcePhrase.After(body, words, 2) is var (l2, p2))
        {
            return Resolve(context, p2, "according to", from, words[l2].End, -1, "quote-according-to", words[2].Start);
        }
        if (body[words[0].Start] is '―' or '—' or '–' or '-' && SourcePhrase.After(body, words, words[0].End - words[0].Start == 1 ? 1 : 0) is var (dashLast, dashPhrase))
        {
            return Resolve(context, dashPhrase.TrimStart('―', '—', '–', '-'), "—", from, words[dashLast].End, -1, "quote-dash-source", words[0].Start);
        }
        for (var c = 1; c < Math.Min(words.Count, MaxWordsInAppositiveAttribution); c++)
        {
            if (Cues.IsVerb(Words.BareSpan(body, words[c])))
            {
                var bare = Words.Bare(body, words[c]);
                if (SourcePhrase.Before(body, words, c, 0) is var (firstWord, text)
                    && (firstWord == 0 || Words.Last(body, words[firstWord - 1]) == ',' || IsDescriptionOfName(body, words, firstWord)))
                {
                    return Resolve(context, text, bare, words[firstWord].Start, words[c].End, -1, "quote-source-cue", words[firstWord].Start);
                }
                if (Words.Last(body, words[c - 1]) == ',' && SourcePhrase.After(body, words, 0) is var (nameLast, name) && nameLast < c - 1 && Words.Last(body, words[nameLast]) == ',')
                {
                    var appositive = body[words[nameLast + 1].Start..words[c - 1].End];
                    return Resolve(context, name.TrimEnd(',') + ", " + appositive, bare, from, words[c].End, -1, "quote-source-appositive-cue", words[0].Start);
                }
                return null;
            }
            if (Words.EndsPhrase(body, words[c]) && Words.Last(body, words[c]) != ',')
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// "Trump's senior communications adviser Jason Miller said": a few words before the name, none ending a phrase or
    /// reading as a verb, describe it.
    /// </summary>
    private static bool IsDescriptionOfName(string body, List<(int Start, int End)> words, int nameStart)
    {
        if (nameStart > MaxWordsDescribingName)
        {
            return false;
        }
        for (var w = 0; w < nameStart; w++)
        {
            var bare = Words.BareSpan(body, words[w]);
            if (Words.EndsPhrase(body, words[w]) || bare.Length == 0 || Cues.IsVerb(bare) || Cues.IsAuxiliary(bare)
                || (ClosedClassWords.Contains(bare) && !bare.Equals("the", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A cue before a quotation in its sentence: <c>X said: "…"</c>, <c>X told reporters that … "…"</c>, <c>According to X, "…"</c>.</summary>
    private static Attribution? CueBefore(Context context, int from, int quoteOpen)
    {
        var body = context.Body;
        var words = context.Part(from, quoteOpen);
        if (words.Count == 0)
        {
            return null;
        }
        if (words.Count > 2 && Words.Bare(body, words[0]) == "According" && Words.Bare(body, words[1]) == "to"
            && SourcePhrase.After(body, words, 2) is var (last, phrase))
        {
            return Resolve(context, phrase, "according to", from, words[last].End, words[last].End, "according-to-quote", words[2].Start);
        }
        for (var c = words.Count - 1; c >= 1 && words.Count - c <= MaxWordsBetweenCueAndQuote; c--)
        {
            if (!Cues.IntroducesQuotation(Words.BareSpan(body, words[c])))
            {
                continue;
            }
            var bare = Words.Bare(body, words[c]);
            var rule = "source-cue-quote";
            var source = SourcePhrase.Before(body, words, c, 0);
            if (source is null && SharedSubject(context, words, c) is { } subject)
            {
                source = subject;
                rule = "subject-cue-quote";
            }
            if (source is not var (firstWord, text))
            {
                continue;
            }
            var clauseStart = Words.Last(body, words[^1]) is ':' or ',' ? quoteOpen : words[c].End;
            for (var t = c + 1; t < words.Count; t++)
            {
                if (Words.Bare(body, words[t]) == "that")
                {
                    clauseStart = words[t].End;
                    break;
                }
            }
            if (Resolve(context, text, bare, words[firstWord].Start, words[c].End, clauseStart, rule, words[firstWord].Start) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private static bool AllTitles(string body, List<QuoteSpan> spans)
    {
        foreach (var q in spans)
        {
            if (!IsTitle(body, q))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A quotation whose words are all capitalised but for short function words: the name of a show, book or slogan.</summary>
    private static bool IsTitle(string body, QuoteSpan q)
    {
        var any = false;
        for (var at = q.Start; Words.Next(body, ref at, q.End, out var w);)
        {
            any = true;
            var bare = Words.BareSpan(body, w);
            if (bare.Length > 0 && char.IsLetter(bare[0]) && !char.IsUpper(bare[0]) && !TitleFunctionWordLookup.Contains(bare))
            {
                return false;
            }
        }
        return any;
    }

    private static readonly HashSet<string> TitleFunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "for", "to", "with", "from", "by", "vs",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleFunctionWordLookup = TitleFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool AnyQuotedSpeech(string body, List<QuoteSpan> spans)
    {
        foreach (var q in spans)
        {
            if (IsQuotedSpeech(body, q))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A quotation inside narrative with no cue is speech when it is several words of running text; short ones are
    /// scare quotes and title-cased ones are titles of books, shows and slogans.
    /// </summary>
    private static bool IsQuotedSpeech(string body, QuoteSpan q)
    {
        var count = 0;
        var capitalised = 0;
        for (var at = q.Start; Words.Next(body, ref at, q.End, out var w);)
        {
            count++;
            if (Words.BareSpan(body, w) is { Length: > 0 } b && char.IsUpper(b[0]))
            {
                capitalised++;
            }
        }
        return count >= MinWordsOfQuotedSpeech && 2 * capitalised < count;
    }

    /// <summary>
    /// Notes the person a sentence opens with ("Trump called the senator …"): the speaker of its uncued quotations and,
    /// being the one last spoken of, of the pronouns that follow.
    /// </summary>
    private static void NoteSubject(Context context, int from, int to)
    {
        context.Subject = null;
        if (to - from < 3 || !char.IsUpper(context.Body[from]))
        {
            return;
        }
        context.Subject = SentenceSubject(context, from, to);
    }

    private static ArticleSpeaker? SentenceSubject(Context context, int from, int to)
    {
        var body = context.Body;
        var words = context.Part(from, Math.Min(to, from + MaxCharsBeforeSubjectVerb));
        return MainClause.Subject(body, words) is var (first, text) && context.Parse(text) is { Form: MentionForm.Name or MentionForm.Organization } mention
            ? context.Speakers.Resolve(mention, words[first].Start)
            : null;
    }

    /// <summary>
    /// The name a sentence opens with, after any introductory phrase, when the subject parser found none and a verb
    /// follows it: "And after the court refused, Gov. Pat McCrory (R) blamed the court's “…”", "On Thursday, Warren
    /// appeared …, saying “…”". A name after a lower-case subject ("One of the articles accuses Trump of …") is an object.
    /// </summary>
    private static ArticleSpeaker? FirstNameBefore(Context context, int from, int quoteOpen)
    {
        var body = context.Body;
        var words = context.Part(from, quoteOpen);
        for (var i = 0; i < words.Count; i++)
        {
            var opensClause = i == 0 || Words.Last(body, words[i - 1]) == ',' || (i == 1 && SourcePhrase.SentenceOpeners.Contains(Words.Bare(body, words[0])));
            if (!IsNameWord(body, words[i]) || (i == 0 && SourcePhrase.SentenceOpeners.Contains(Words.Bare(body, words[i]))))
            {
                continue;
            }
            var last = i;
            while (last + 1 < words.Count && !Words.EndsPhrase(body, words[last]) && IsNameWord(body, words[last + 1]))
            {
                last++;
            }
            var parenthetical = i == 0 && Words.Last(body, words[last]) == ',';
            if (opensClause && last + 1 < words.Count && (parenthetical || IsVerbLike(body, words[last], words[last + 1]))
                && SourcePhrase.EndingAt(body, words, last) is var (first, text)
                && context.Parse(text) is { Form: MentionForm.Name or MentionForm.Organization } mention
                && context.Speakers.Resolve(mention, words[first].Start) is { } speaker)
            {
                return speaker;
            }
            i = last;
        }
        return null;
    }

    /// <summary>
    /// A name standing right before a quotation as its label or owner: "Clinton: “Our goal …”", "More from Jones: “…”",
    /// "the pull of Obama's “if you like your plan …” promise".
    /// </summary>
    private static ArticleSpeaker? NamedRightBefore(Context context, int from, int quoteOpen)
    {
        var body = context.Body;
        var words = context.Part(from, quoteOpen);
        if (words.Count == 0)
        {
            return null;
        }
        var last = words.Count - 1;
        var word = body.AsSpan(words[last].Start, words[last].End - words[last].Start);
        var possessive = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);
        if ((word[^1] != ':' && !possessive) || !char.IsUpper(word[0]))
        {
            return null;
        }
        var first = last;
        while (first > 0 && last - first < 3 && !Words.EndsPhrase(body, words[first - 1]) && IsNameWord(body, words[first - 1]))
        {
            first--;
        }
        var phrase = body[words[first].Start..(words[last].End - (possessive ? 2 : 1))];
        return context.Parse(phrase) is { Form: MentionForm.Name or MentionForm.Organization } mention
            ? context.Speakers.Resolve(mention, words[first].Start)
            : null;
    }

    /// <summary>The word after a name reads as its verb: lower case, not a preposition or conjunction, and the name is no possessive.</summary>
    private static bool IsVerbLike(string body, (int Start, int End) name, (int Start, int End) next)
    {
        var bare = Words.BareSpan(body, next);
        var nameText = body.AsSpan(name.Start, name.End - name.Start);
        return bare.Length > 1 && char.IsLower(bare[0]) && !nameText.EndsWith("'s", StringComparison.Ordinal) && !nameText.EndsWith("’s", StringComparison.Ordinal)
            && bare is not ("of" or "and" or "or" or "in" or "at" or "to" or "for" or "from" or "with" or "on" or "by");
    }

    private static bool IsNameWord(string body, (int Start, int End) word)
    {
        var bare = Words.BareSpan(body, word);
        return bare.Length >= 2 && char.IsUpper(bare[0]) && char.IsLower(bare[^1]) && !CalendarWords.Contains(bare.ToString());
    }

    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>A paragraph ending "X replied:" introduces the quotation of the next one.</summary>
    private static ArticleSpeaker? ColonIntroduction(Context context, int from, int to)
    {
        var body = context.Body;
        var words = context.SentenceWords;
        for (var c = words.Count - 1; c >= 1 && words.Count - c <= 6; c--)
        {
            var bare = Words.Bare(body, words[c]);
            if (Cues.IsVerb(bare) && SourcePhrase.Before(body, words, c, 0) is var (firstWord, text))
            {
                return Resolve(context, text, bare, from, to, -1, "colon", words[firstWord].Start)?.Speaker;
            }
        }
        return null;
    }

    /// <summary>The main clause's subject for a cue without one of its own, when it names someone the article knows.</summary>
    private static (int First, string Text)? SharedSubject(Context context, List<(int Start, int End)> words, int cue)
    {
        var body = context.Body;
        if (!MainClause.SharesSubject(body, words, cue) || MainClause.Subject(body, words) is not var (first, text))
        {
            return null;
        }
        return context.Parse(text) is { } mention && context.Speakers.Knows(mention, words[first].Start) ? (first, text) : null;
    }

    /// <param name="phrase">The source phrase, or empty for a described source that stays without a speaker.</param>
    /// <returns>False when the phrase names no one or the clause is too short to report anything.</returns>
    private static bool AddIndirect(Context context, string phrase, string cue, int from, int to, string rule, int position)
    {
        Mention? mention = null;
        if (phrase.Length > 0 && (mention = context.Parse(phrase)) is null)
        {
            return false;
        }
        var (start, end) = Trim(context.Body, from, ReportedClause.EndBeforeAside(context.Body, from, to));
        if (Words.Tokens(context.Body, start, end) < 3)
        {
            return false;
        }
        var speaker = mention is null ? null : context.Speakers.Resolve(mention, position);
        context.Drafts.Add(new Draft(start, end, StatementKind.Indirect, cue, mention is null ? rule + "/described-source" : rule, mention is null ? 0.5 : 0.6, speaker));
        return true;
    }

    private static Attribution? Resolve(Context context, string phrase, string cue, int phraseStart, int phraseEnd, int clauseStart, string rule, int position)
    {
        if (context.Parse(phrase) is not { } mention)
        {
            return null;
        }
        return new Attribution(context.Speakers.Resolve(mention, position), cue, phraseStart, phraseEnd, clauseStart, rule);
    }

    private static (Attribution Attribution, int TextStart)? TranscriptLabel(Context context, QuoteSpan span)
    {
        var body = context.Body;
        if (!MayOpenWithLabel(body, span.Start, Math.Min(40, span.End - span.Start)))
        {
            return null;
        }
        var m = Label().Match(body, span.Start, Math.Min(40, span.End - span.Start));
        if (!m.Success || MentionParser.Parse(TitleCase(m.Groups["name"].Value)) is not { } mention)
        {
            return null;
        }
        var speaker = context.Speakers.Resolve(mention, span.Start);
        return (new Attribution(speaker, ":", span.Open, span.Open, -1, "transcript-label"), m.Index + m.Length);
    }

    private static string TitleCase(string upper) =>
        string.Join(' ', upper.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));

    private static (int Start, int End) Trim(string body, int start, int end)
    {
        (start, end) = TrimWords(body, start, StatementBounds.EndBeforeLink(body, start, end));
        (start, end) = StatementBounds.WithoutDoubledMarks(body, start, end);
        return TrimWords(body, start, end);
    }

    private static (int Start, int End) TrimWords(string body, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(body[start]) || body[start] is ',' or ':' or ';' or '—' or '–' or '-'))
        {
            start++;
        }
        if (end - start > 5 && string.CompareOrdinal(body, start, "that ", 0, 5) == 0)
        {
            start += 5;
        }
        while (end > start && (char.IsWhiteSpace(body[end - 1]) || body[end - 1] is ',' or ';' or ':' or '—' or '–'))
        {
            end--;
        }
        return (start, end);
    }

    [GeneratedRegex(@"\G(?<name>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s")]
    private static partial Regex Label();
}
