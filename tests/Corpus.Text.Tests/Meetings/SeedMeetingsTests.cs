using System.Text.Json;
using Corpus.Text.Articles;
using Corpus.Text.Meetings;
using Corpus.Text.Speakers;
using Corpus.TestSupport;

namespace Corpus.Text.Tests.Meetings;

/// <summary>Reads the seeds and their gold from ../shared at run time: every gold meeting is found in each article that reports it.</summary>
public class SeedMeetingsTests
{
    [SkippableFact]
    public void Every_gold_meeting_is_found_in_each_article_that_reports_it()
    {
        var seeds = SharedData.PathTo("seeds");
        var gold = SharedData.PathTo("gold", "seeds.json");
        Skip.If(seeds is null || gold is null, SharedData.MissingMessage);
        using var doc = JsonDocument.Parse(File.ReadAllText(gold!));
        var missing = new List<string>();
        foreach (var meeting in doc.RootElement.GetProperty("meetings").EnumerateArray())
        {
            var families = meeting.GetProperty("participants").EnumerateArray().Select(p => SpeakerNames.FamilyKey(p.GetString()!, SpeakerKind.Person)).ToList();
            var places = meeting.TryGetProperty("placeContains", out var pc) ? pc.EnumerateArray().Select(p => p.GetString()!).ToList() : [];
            var placeSeen = places.Count == 0;
            foreach (var article in meeting.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!))
            {
                var text = File.ReadAllText(Path.Combine(seeds!, article + ".txt"));
                var found = ArticleAnalyzer.Analyze(new ArticleDraft(null, text, null, null, null, null)).Meetings
                    .Where(m => families.All(f => m.Participants.Any(p => p.FamilyKey == f)))
                    .ToList();
                if (found.Count == 0)
                {
                    missing.Add($"{meeting.GetProperty("id").GetString()} in {article}");
                }
                placeSeen |= found.Any(m => m.Place is { } place && places.Any(p => place.Contains(p, StringComparison.OrdinalIgnoreCase)));
            }
            if (!placeSeen)
            {
                missing.Add($"{meeting.GetProperty("id").GetString()}: no report gives the place");
            }
        }
        Assert.Empty(missing);
    }
}
