using Corpus.Storage.Views;
using Corpus.Text.Normalization;

namespace Corpus.Acceptance.Tests.Seeds;

/// <summary>Scores what the service serves for the seeds against the gold, check by check.</summary>
public sealed class SeedsScorer(SeedsGold gold, IReadOnlyList<ArticleView> articles, IReadOnlyList<SpeakerView> speakers, IReadOnlyList<MeetingView> meetings)
{
    private readonly Dictionary<string, ArticleView> _byKey = articles.Where(a => a.Key is not null).ToDictionary(a => a.Key!, StringComparer.Ordinal);

    public SeedsScore Score()
    {
        var score = new SeedsScore();
        ScoreArticles(score);
        ScoreSpeakers(score);
        var found = ScoreStatements(score);
        ScoreMeetings(score, found);
        ScoreQuotes(score, found);
        return score;
    }

    private static string N(string? text) => TextNormalizer.ForComparison(text ?? string.Empty);

    private void ScoreArticles(SeedsScore score)
    {
        foreach (var (key, expected) in gold.Articles)
        {
            var article = _byKey.GetValueOrDefault(key);
            var body = N(article?.Text);
            if (expected.Title is not null)
            {
                score.Check("title", N(article?.Title) == N(expected.Title), $"{key}: title '{article?.Title}'");
                score.Check("title not in body", article is not null && !body.Contains(N(expected.Title), StringComparison.Ordinal), $"{key}: title repeated in body");
            }
            foreach (var author in expected.Authors ?? [])
            {
                score.Check("authors", article?.Authors.Any(a => N(a) == N(author)) == true, $"{key}: author {author}");
            }
            if (expected.Published is not null)
            {
                score.Check("published", article?.Published?.StartsWith(expected.Published, StringComparison.Ordinal) == true, $"{key}: published '{article?.Published}'");
            }
            foreach (var keep in expected.Keep ?? [])
            {
                score.Check("keep", body.Contains(N(keep), StringComparison.Ordinal), $"{key}: lost '{keep}'");
            }
            foreach (var drop in expected.Drop ?? [])
            {
                score.Check("drop", article is not null && !body.Contains(N(drop), StringComparison.Ordinal), $"{key}: kept '{drop}'");
            }
            foreach (var once in expected.Once ?? [])
            {
                score.Check("once", article is not null && Occurrences(body, N(once)) <= 1, $"{key}: repeated '{once}'");
            }
        }
    }

    private void ScoreSpeakers(SeedsScore score)
    {
        foreach (var expected in gold.Speakers)
        {
            var speaker = Speaker(expected.Name);
            score.Check("speakers", speaker is not null && speaker.Kind == expected.Kind, $"{expected.Name} ({expected.Kind}): {(speaker is null ? "absent" : speaker.Kind)}");
        }
        foreach (var pair in gold.KeepApart)
        {
            var ids = pair.Select(name => Speaker(name)?.Id).ToList();
            score.Check("speakers kept apart", ids.All(id => id is not null) && ids.Distinct().Count() == ids.Count, string.Join(" / ", pair));
        }
        foreach (var name in gold.NotSpeakers)
        {
            var offender = speakers.FirstOrDefault(s => N(s.Name).Contains(N(name), StringComparison.Ordinal));
            score.Check("not speakers", offender is null, $"'{name}' is speaker '{offender?.Name}'");
        }
    }

    private Dictionary<string, StatementView> ScoreStatements(SeedsScore score)
    {
        var found = new Dictionary<string, StatementView>(StringComparer.Ordinal);
        foreach (var expected in gold.Statements)
        {
            var candidates = _byKey.GetValueOrDefault(expected.Article ?? string.Empty)?.Statements ?? [];
            var match = candidates.FirstOrDefault(s => Matches(s, expected) && (expected.Kind is null || s.Kind == expected.Kind))
                ?? candidates.FirstOrDefault(s => Matches(s, expected));
            var line = expected.Optional ? "statements (optional)" : "statements";
            score.Check(line, match is not null, $"{expected.Id} {expected.Speaker}: '{expected.Contains}' — {Closest(candidates, expected)}");
            if (match is not null)
            {
                found[expected.Id!] = match;
                if (expected.Kind is not null)
                {
                    score.Check("statement kinds", match.Kind == expected.Kind, $"{expected.Id}: {match.Kind}, expected {expected.Kind}");
                }
            }
        }
        var all = articles.SelectMany(a => a.Statements).ToList();
        foreach (var forbidden in gold.MustNot)
        {
            var offender = all.FirstOrDefault(s => Matches(s, forbidden));
            score.Check("mustNot", offender is null, $"{forbidden.Speaker}: '{forbidden.Contains}' ({forbidden.Why})");
        }
        return found;
    }

    private void ScoreMeetings(SeedsScore score, Dictionary<string, StatementView> found)
    {
        var matched = new Dictionary<string, MeetingView>(StringComparer.Ordinal);
        foreach (var expected in gold.Meetings)
        {
            var meeting = meetings.FirstOrDefault(m => IsMeeting(m, expected));
            score.Check(expected.Optional ? "meetings (optional)" : "meetings", meeting is not null, $"{expected.Id}: {string.Join(" + ", expected.Participants)} {expected.Date} {string.Join("|", expected.PlaceContains ?? [])}");
            if (meeting is not null)
            {
                matched[expected.Id] = meeting;
            }
        }
        foreach (var pair in gold.MeetingsKeptApart)
        {
            var ids = pair.Select(id => matched.GetValueOrDefault(id)?.Id).ToList();
            score.Check("meetings kept apart", ids.All(id => id is not null) && ids.Distinct().Count() == ids.Count, string.Join(" / ", pair));
        }
        foreach (var statement in gold.Statements.Where(s => s.Meeting is not null))
        {
            var linked = found.TryGetValue(statement.Id!, out var s) && matched.TryGetValue(statement.Meeting!, out var m) && s.MeetingId == m.Id;
            score.Check("statement meetings", linked, $"{statement.Id} → {statement.Meeting}");
        }
    }

    private void ScoreQuotes(SeedsScore score, Dictionary<string, StatementView> found)
    {
        foreach (var quote in gold.Quotes)
        {
            var ids = quote.Statements.Select(id => found.GetValueOrDefault(id)?.QuoteId).ToList();
            var shared = ids.All(id => id is not null) && ids.Distinct().Count() == 1;
            score.Check("cross-outlet quotes", shared, $"{quote.Speaker}: {string.Join(", ", quote.Statements)} → {string.Join(", ", ids.Select(id => id ?? "none"))}");
        }
    }

    private bool IsMeeting(MeetingView meeting, GoldMeeting expected)
    {
        var participants = expected.Participants.All(name =>
        {
            var id = Speaker(name)?.Id;
            return meeting.Participants.Any(p => (id is not null && p.Id == id) || N(p.Name) == N(name));
        });
        var date = expected.Date is null || meeting.Date == expected.Date;
        var place = expected.PlaceContains is null || expected.PlaceContains.Any(p => N(meeting.Place).Contains(N(p), StringComparison.Ordinal));
        return participants && date && place;
    }

    private SpeakerView? Speaker(string name) => speakers.FirstOrDefault(s => N(s.Name) == N(name));

    private static bool Matches(StatementView statement, GoldStatement expected) =>
        N(statement.Text).Contains(N(expected.Contains), StringComparison.Ordinal) && N(statement.Speaker?.Name) == N(expected.Speaker);

    private static string Closest(IReadOnlyList<StatementView> candidates, GoldStatement expected)
    {
        var same = candidates.FirstOrDefault(s => N(s.Text).Contains(N(expected.Contains), StringComparison.Ordinal));
        return same is null ? "no statement has the words" : $"found as {same.Kind} by '{same.Speaker?.Name}'";
    }

    private static int Occurrences(string text, string phrase)
    {
        var count = 0;
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
