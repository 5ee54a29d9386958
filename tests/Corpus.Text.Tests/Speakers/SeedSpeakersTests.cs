using System.Text.Json;
using Corpus.TestSupport;
using Corpus.Text.Articles;
using Corpus.Text.Speakers;
using Xunit;

namespace Corpus.Text.Tests.Speakers;

/// <summary>Runs the text pipeline over the seed articles in ../shared and checks speakers against the seeds gold.</summary>
public class SeedSpeakersTests
{
    private static (List<SpeakerRef> Speakers, JsonElement Gold) Run()
    {
        var seeds = SharedData.PathTo("seeds");
        var goldPath = SharedData.PathTo("gold", "seeds.json");
        Skip.If(seeds is null || goldPath is null, SharedData.MissingMessage);
        var speakers = new List<SpeakerRef>();
        foreach (var path in Directory.GetFiles(seeds, "*.txt"))
        {
            var analysis = ArticleAnalyzer.Analyze(new ArticleDraft(null, File.ReadAllText(path), null, null, null, null));
            speakers.AddRange(analysis.Statements.Select(s => s.Speaker).OfType<SpeakerRef>());
        }
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        return (speakers, gold.RootElement.Clone());
    }

    [SkippableFact]
    public void Fragments_and_furniture_never_become_speakers()
    {
        var (speakers, gold) = Run();
        foreach (var notSpeaker in gold.GetProperty("notSpeakers").EnumerateArray().Select(e => SpeakerNames.Fold(e.GetString()!)))
        {
            Assert.DoesNotContain(speakers, s => SpeakerNames.Fold(s.Name) == notSpeaker);
        }
    }

    [SkippableFact]
    public void People_kept_apart_never_share_a_name()
    {
        var (speakers, gold) = Run();
        foreach (var pair in gold.GetProperty("keepApart").EnumerateArray())
        {
            var a = pair[0].GetString()!;
            var b = pair[1].GetString()!;
            Assert.DoesNotContain(speakers, s => s.Name == a && s.Aliases.Contains(b));
            Assert.DoesNotContain(speakers, s => s.Name == b && s.Aliases.Contains(a));
        }
    }

    [SkippableFact]
    public void Most_gold_speakers_are_found_with_their_canonical_name_and_kind()
    {
        var (speakers, gold) = Run();
        var expected = gold.GetProperty("speakers").EnumerateArray().ToList();
        var found = expected.Count(e => speakers.Any(s => s.Name == e.GetProperty("name").GetString()
            && s.Kind.ToString().Equals(e.GetProperty("kind").GetString(), StringComparison.OrdinalIgnoreCase)));
        Assert.True(2 * found >= expected.Count, $"{found} of {expected.Count} seed speakers found");
    }
}
