using System.Text.RegularExpressions;
using Corpus.Text.Articles;
using Corpus.Text.Speakers;
using Corpus.Text.Statements;

namespace Corpus.Text.Meetings;

/// <summary>Finds meetings written as "X met with Y" and "X's meeting with Y".</summary>
public static partial class MeetingDetector
{
    public static IReadOnlyList<MeetingFinding> Detect(CleanArticle article, IReadOnlyList<StatementFinding> statements)
    {
        var found = new Dictionary<string, MeetingFinding>(StringComparer.Ordinal);
        foreach (Match m in MetWith().Matches(article.Body))
        {
            var a = SpeakerTitles.Split(m.Groups["a"].Value).Name;
            var b = SpeakerTitles.Split(m.Groups["b"].Value).Name;
            if (a.Length == 0 || b.Length == 0 || a == b)
            {
                continue;
            }
            var participants = new[] { SpeakerRef.Person(a), SpeakerRef.Person(b) };
            var key = string.Join('|', participants.Select(p => p.FamilyKey).Order(StringComparer.Ordinal));
            if (!found.ContainsKey(key))
            {
                found[key] = new MeetingFinding($"{a} – {b}", MeetingKind.Meeting, participants, article.Published, null, false, []);
            }
        }
        return [.. found.Values];
    }

    [GeneratedRegex(@"(?<a>(?:[A-Z][\w'’.-]*\s){0,4}[A-Z][\w'’-]+)\s+met\s+with\s+(?:his\s+\w+\s+counterpart\s+)?(?<b>(?:[A-Z][\w'’.-]*\s){0,4}[A-Z][\w'’-]+)")]
    private static partial Regex MetWith();
}
