using Corpus.Text.Articles;
using Corpus.Text.Statements;

namespace Corpus.Text.Meetings;

/// <summary>
/// Links each statement to the meeting it was made at or is about: a participant's statement goes to the
/// nearest meeting they took part in (a few paragraphs either way, preferring one the article has already
/// described, as reports tell the event before quoting it, and never to a meeting first named after the statement
/// when another of theirs was described before it: "they were to meet the president afterwards" is not where
/// earlier words were said, and the nearer earlier meeting was out of reach); anyone else's statement goes to a meeting
/// mentioned in its own paragraph or the one just before (a readout, a comment on the meeting).
/// </summary>
internal static class StatementLinks
{
    private const int ParagraphsBefore = 3;
    private const int ParagraphsAfter = 2;

    public static Dictionary<MeetingDraft, List<int>> Assign(string body, IReadOnlyList<StatementFinding> statements, IReadOnlyList<MeetingDraft> meetings)
    {
        var links = new Dictionary<MeetingDraft, List<int>>();
        if (meetings.Count == 0)
        {
            return links;
        }
        var paragraphStarts = ParagraphStarts(body);
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var paragraph = ParagraphOf(paragraphStarts, statement.Start);
            var family = statement.Speaker?.FamilyKey;
            var theirs = meetings.Where(m => m.Includes(family)).ToList();
            var chosen = theirs.Count > 0
                ? Nearest(theirs, statement.Start, paragraph, paragraph - ParagraphsBefore, paragraph + ParagraphsAfter)
                : Nearest(meetings, statement.Start, paragraph, paragraph - 1, paragraph);
            if (chosen is not null && theirs.Count > 1 && chosen.Mentions.Min(x => x.Offset) > statement.Start
                && theirs.Any(m => m != chosen && m.Mentions.Any(x => x.Offset < statement.Start)))
            {
                // Said before this meeting is named, by someone the article already placed at another one.
                chosen = null;
            }
            if (chosen is not null)
            {
                if (!links.TryGetValue(chosen, out var list))
                {
                    links[chosen] = list = [];
                }
                list.Add(i);
            }
        }
        return links;
    }

    private static MeetingDraft? Nearest(IReadOnlyList<MeetingDraft> meetings, int offset, int paragraph, int from, int to) =>
        meetings
            .SelectMany(m => m.Mentions.Where(x => x.Paragraph >= from && x.Paragraph <= to).Select(x => (Meeting: m, x.Offset, x.Paragraph)))
            .OrderBy(x => x.Offset > offset)
            .ThenBy(x => Math.Abs(x.Paragraph - paragraph))
            .ThenBy(x => Math.Abs(x.Offset - offset))
            .Select(x => x.Meeting)
            .FirstOrDefault();

    private static List<int> ParagraphStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var at = body.IndexOf(CleanArticle.ParagraphSeparator, StringComparison.Ordinal); at >= 0; at = body.IndexOf(CleanArticle.ParagraphSeparator, at + CleanArticle.ParagraphSeparator.Length, StringComparison.Ordinal))
        {
            starts.Add(at + CleanArticle.ParagraphSeparator.Length);
        }
        return starts;
    }

    private static int ParagraphOf(List<int> starts, int offset)
    {
        var index = starts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }
}
