using System.Text.RegularExpressions;
using Corpus.Text.Articles;
using Corpus.Text.Statements;

namespace Corpus.Text.Meetings;

/// <summary>
/// Finds the meetings an article reports: "X met with Y", talks, joint press conferences, consultations,
/// summits, Oval Office meetings, phone calls; meetings mentioned in passing ("when they last met",
/// "agreed in Helsinki"); and links each statement to the meeting it was made at or is about.
/// Later mentions ("the meeting", "their talks", "the two leaders' meeting") add to the meeting they refer to.
/// </summary>
public static partial class MeetingDetector
{
    public static IReadOnlyList<MeetingFinding> Detect(CleanArticle article, IReadOnlyList<StatementFinding> statements)
    {
        var body = article.Body;
        // Most articles report no meeting; finding the people they name is the costly part, so look for a trigger
        // word first. A sentence is the body's text between whitespace, so it matches only where the body does.
        if (!Trigger().IsMatch(body))
        {
            return [];
        }
        var quotes = QuoteSpans.Find(body);
        var people = PersonMentions.Find(body, statements, quotes);
        var reference = article.Published ?? MeetingDates.FirstFullDate(body);
        var drafts = new List<MeetingDraft>();
        foreach (var sentence in Sentences.Split(body))
        {
            if (Hypothetical().IsMatch(sentence.Text))
            {
                continue;
            }
            foreach (Match trigger in Trigger().Matches(sentence.Text))
            {
                ReadMention(sentence, trigger, people, quotes, reference, drafts);
            }
        }
        var meetings = drafts.Where(d => d.Families.Count >= 2).ToList();
        var links = StatementLinks.Assign(body, statements, meetings.Where(m => !m.InPassing).ToList());
        return [.. meetings.Select(m =>
        {
            var participants = m.Families.Select(people.Speaker).ToList();
            return new MeetingFinding(
                MeetingTitle.Of(participants.Select(p => p.Name), m.Kind, m.Place), m.Kind, participants, m.Date, m.Place, m.InPassing,
                links.TryGetValue(m, out var indexes) ? indexes : []);
        })];
    }

    private static void ReadMention(Sentence sentence, Match trigger, PersonMentions people, QuoteSpans quotes, DateOnly? reference, List<MeetingDraft> drafts)
    {
        var text = sentence.Text;
        var kind = KindOf(trigger);
        var offset = sentence.Start + trigger.Index;
        var inPassing = kind is null || PassingCue().IsMatch(text) || MeetingDates.NamesEarlierPeriod(text, reference);
        var meetingKind = kind ?? MeetingKind.Meeting;
        var date = MeetingDates.Find(text, trigger.Index, reference);
        var inSentence = people.Mentions.Where(m => m.Start >= sentence.Start && m.Start < sentence.End && !quotes.Inside(m.Start)).ToList();
        var place = MeetingPlaces.Find(text, trigger.Index, trigger.Index + trigger.Length, p => IsPersonSpan(inSentence, sentence.Start, text, p));
        var before = text[..trigger.Index];
        var rightWindow = RightWindow(text, trigger);
        var right = inSentence.Where(m => m.Start - sentence.Start >= rightWindow.Start && m.Start - sentence.Start < rightWindow.End).Select(m => m.FamilyKey).ToList();
        var plural = PluralBefore().Match(before) is { Success: true } p1 ? p1.Groups["noun"].Value
            : PluralIn().Match(text[rightWindow.Start..rightWindow.End]) is { Success: true } p2 ? p2.Groups["noun"].Value
            : PluralIn().Match(text[ClauseStart(before)..trigger.Index]) is { Success: true } p3 && inPassing ? p3.Groups["noun"].Value
            : null;
        var paragraph = sentence.Paragraph;

        if (plural is not null && Referent(drafts, plural, inSentence, inPassing, people) is { } referent)
        {
            if (inPassing && !referent.InPassing)
            {
                AddOrMerge(drafts, referent.Families, meetingKind, date, place, true, offset, paragraph);
            }
            else
            {
                Refer(referent, meetingKind, date, place, offset, paragraph);
            }
            return;
        }
        var definite = Definite().IsMatch(before);
        if (definite && right.Count > 0 && drafts.LastOrDefault(d => !d.InPassing && right.All(d.Includes)) is { } known)
        {
            Refer(known, meetingKind, date, place, offset, paragraph);
            return;
        }

        var clauseStart = ClauseStart(before);
        var left = inSentence.Where(m => m.Start >= sentence.Start + clauseStart && m.Start < offset).Select(m => m.FamilyKey).ToList();
        if (left.Count == 0)
        {
            left = [.. inSentence.Where(m => m.Start < offset && (m.Start < sentence.Start + rightWindow.Start || m.Start >= sentence.Start + rightWindow.End)).Take(1).Select(m => m.FamilyKey)];
        }
        if (left.Count == 0 && right.Count == 0)
        {
            left = [.. inSentence.Where(m => m.Start >= offset).Take(1).Select(m => m.FamilyKey)];
        }
        var families = left.Concat(right).Distinct().ToList();
        if (families.Count >= 2)
        {
            AddOrMerge(drafts, families, meetingKind, date, place, inPassing, offset, paragraph);
            return;
        }
        var anaphoric = definite || trigger.Value.StartsWith("joint", StringComparison.Ordinal);
        if (!anaphoric)
        {
            return;
        }
        var target = families.Count == 1
            ? drafts.LastOrDefault(d => !d.InPassing && d.Includes(families[0]) && d.Kinds.Contains(meetingKind))
                ?? drafts.LastOrDefault(d => !d.InPassing && d.Includes(families[0]))
            : drafts.LastOrDefault(d => !d.InPassing && d.Kinds.Contains(meetingKind)) ?? drafts.LastOrDefault(d => !d.InPassing);
        if (target is not null)
        {
            Refer(target, meetingKind, date, place, offset, paragraph);
        }
    }

    private static void AddOrMerge(List<MeetingDraft> drafts, IReadOnlyList<string> families, MeetingKind kind, DateOnly? date, string? place, bool inPassing, int offset, int paragraph)
    {
        var draft = drafts.LastOrDefault(d => d.Accepts(families, date, place, inPassing));
        if (draft is null)
        {
            draft = new MeetingDraft(families, kind, date, place, inPassing);
            drafts.Add(draft);
        }
        else
        {
            draft.Absorb(kind, date, place, mayChangeKind: true);
        }
        draft.Mentions.Add((offset, paragraph));
    }

    /// <summary>A later mention of a known meeting: it may add a date, a place, or (close to the first mention) a more specific kind.</summary>
    private static void Refer(MeetingDraft draft, MeetingKind kind, DateOnly? date, string? place, int offset, int paragraph)
    {
        var near = draft.Mentions.Count > 0 && paragraph - draft.Mentions[0].Paragraph <= 3;
        draft.Absorb(kind, date, place, near);
        draft.Mentions.Add((offset, paragraph));
    }

    /// <summary>
    /// The meeting "the two presidents" or "their" refers to: the latest one with a participant of that role,
    /// else the latest with someone the sentence names, else the latest one.
    /// </summary>
    private static MeetingDraft? Referent(List<MeetingDraft> drafts, string noun, List<PersonMention> inSentence, bool inPassing, PersonMentions people)
    {
        var candidates = drafts.Where(d => d.Families.Count >= 2 && (inPassing || !d.InPassing)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        var role = noun.TrimEnd('s');
        return candidates.LastOrDefault(d => role.Length > 0 && d.Families.Any(f => people.Speaker(f).Roles.Any(r => r.Equals(role, StringComparison.OrdinalIgnoreCase))))
            ?? candidates.LastOrDefault(d => inSentence.Any(m => d.Includes(m.FamilyKey)))
            ?? candidates[^1];
    }

    private static bool IsPersonSpan(List<PersonMention> inSentence, int sentenceStart, string text, string candidate)
    {
        var at = text.IndexOf(candidate, StringComparison.Ordinal);
        return at >= 0 && inSentence.Any(m => m.Start - sentenceStart < at + candidate.Length && m.End - sentenceStart > at);
    }

    private static (int Start, int End) RightWindow(string text, Match trigger)
    {
        var afterTrigger = trigger.Index + trigger.Length;
        var with = trigger.Groups["with"].Success ? trigger.Groups["with"].Index
            : WithNext().Match(text[afterTrigger..]) is { Success: true } w ? afterTrigger + w.Index + w.Length
            : -1;
        if (with < 0)
        {
            return (afterTrigger, afterTrigger);
        }
        var end = RightEnd().Match(text, with);
        return (with, end.Success ? end.Index : text.Length);
    }

    private static int ClauseStart(string before)
    {
        var boundaries = ClauseBoundary().Matches(before);
        return boundaries.Count == 0 ? 0 : boundaries[^1].Index + boundaries[^1].Length;
    }

    private static MeetingKind? KindOf(Match trigger) =>
        trigger.Groups["phone"].Success ? MeetingKind.PhoneCall
        : trigger.Groups["press"].Success ? MeetingKind.PressConference
        : trigger.Groups["consult"].Success ? MeetingKind.Consultations
        : trigger.Groups["summit"].Success ? MeetingKind.Summit
        : trigger.Groups["talks"].Success ? MeetingKind.Talks
        : trigger.Groups["agreed"].Success ? null
        : MeetingKind.Meeting;

    [GeneratedRegex(@"\b(?:(?<phone>phone\s+call|telephone\s+(?:call|conversation)|(?:spoke|speaks|talked)\s+(?:by|on\s+the)\s+(?:tele)?phone)|(?<press>(?:joint\s+)?(?:press|news)\s+conference|(?:joint\s+)?presser)|(?<consult>consultations)|(?<summit>[Ss]ummit)|(?<talks>talks)|(?<agreed>agreed(?=\s+(?:in|at)\s+\p{Lu}))|(?<meet>met|meet(?:s|ing|ings)?)(?:\s+up)?(?:\s+(?<with>with|between))?)\b")]
    private static partial Regex Trigger();

    [GeneratedRegex(@"^\s+(?:with|between)\b")]
    private static partial Regex WithNext();

    [GeneratedRegex(@"[,;:.“”""]|\b(?:that|to|about|at|in|inside|on|who|which|where|after|before|for|because|but|from|earlier|later|this|last)\b")]
    private static partial Regex RightEnd();

    [GeneratedRegex(@"[,;:“”""]|\b(?:that|saying|said|says|told|added|stated|claimed|but|while|when|which|who|whether)\b")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"(?:\btheir|\bboth|\bthe\s+two\s+(?:[\w-]+\s+)?(?<noun>\w+)['’]?s?)\s+(?:[\w-]+\s+){0,2}$")]
    private static partial Regex PluralBefore();

    [GeneratedRegex(@"\bthe\s+two\s+(?:[\w-]+\s+)?(?<noun>[a-z]+)\b")]
    private static partial Regex PluralIn();

    [GeneratedRegex(@"\b(?:[Tt]he|[Tt]hese|[Tt]his|[Tt]hat|[Tt]heir)\s+(?:[\w-]+\s+){0,2}$")]
    private static partial Regex Definite();

    [GeneratedRegex(@"\b(?:back\s+in|last\s+met|first\s+time|previous(?:ly)?|earlier\s+this\s+year|last\s+year|brings?\s+to\s+mind|recalled|reminiscent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PassingCue();

    [GeneratedRegex(@"\b(?:no\s+plans?|another\s+meeting|next\s+meeting|future\s+meeting|hopes?\s+to\s+meet|would\s+like\s+to\s+meet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();
}
