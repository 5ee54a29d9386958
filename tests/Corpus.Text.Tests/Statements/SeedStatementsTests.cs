using System.Text.Json;
using System.Text.RegularExpressions;
using Corpus.TestSupport;
using Corpus.Text.Articles;
using Corpus.Text.Speakers;
using Xunit;

namespace Corpus.Text.Tests.Statements;

/// <summary>The seed gold's statements, read from ../shared at run time: each is found with its speaker, no mustNot ever happens.</summary>
public partial class SeedStatementsTests
{
    private static (Dictionary<string, AnalyzedArticle> Articles, JsonElement Gold) Run()
    {
        var seeds = SharedData.PathTo("seeds");
        var goldPath = SharedData.PathTo("gold", "seeds.json");
        Skip.If(seeds is null || goldPath is null, SharedData.MissingMessage);
        var articles = Directory.GetFiles(seeds!, "*.txt").ToDictionary(
            p => Path.GetFileNameWithoutExtension(p),
            p => ArticleAnalyzer.Analyze(new ArticleDraft(null, File.ReadAllText(p), null, null, null, null)));
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath!));
        return (articles, gold.RootElement.Clone());
    }

    [SkippableFact]
    public void Every_gold_statement_is_found_with_its_speaker()
    {
        var (articles, gold) = Run();
        var missing = gold.GetProperty("statements").EnumerateArray()
            .Where(g => !articles[g.GetProperty("article").GetString()!].Statements.Any(s =>
                Normalise(s.Text).Contains(Normalise(g.GetProperty("contains").GetString()!), StringComparison.Ordinal) && Names(s.Speaker, g.GetProperty("speaker").GetString()!)))
            .Select(g => g.GetProperty("id").GetString())
            .ToList();
        Assert.Empty(missing);
    }

    [SkippableFact]
    public void No_statement_goes_to_a_speaker_the_gold_rules_out()
    {
        var (articles, gold) = Run();
        var wrong = gold.GetProperty("mustNot").EnumerateArray()
            .Where(m => articles.Values.SelectMany(a => a.Statements).Any(s =>
                Normalise(s.Text).Contains(Normalise(m.GetProperty("contains").GetString()!), StringComparison.Ordinal) && Names(s.Speaker, m.GetProperty("speaker").GetString()!)))
            .Select(m => m.GetProperty("why").GetString())
            .ToList();
        Assert.Empty(wrong);
    }

    private static bool Names(SpeakerRef? speaker, string goldName) =>
        speaker is not null && speaker.FamilyKey == SpeakerRef.Person(goldName).FamilyKey
        || speaker is not null && SpeakerNames.Fold(speaker.Name) == SpeakerNames.Fold(goldName);

    private static string Normalise(string text)
    {
        var straight = text.ToLowerInvariant().Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'')
            .Replace('—', '-').Replace('–', '-').Replace("…", "...", StringComparison.Ordinal);
        return Space().Replace(straight, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
