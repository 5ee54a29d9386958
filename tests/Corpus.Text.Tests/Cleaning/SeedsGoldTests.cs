using System.Text.Json;
using Corpus.TestSupport;
using Corpus.Text.Articles;
using Corpus.Text.Cleaning;
using Corpus.Text.Normalization;

namespace Corpus.Text.Tests.Cleaning;

/// <summary>The plain-text cleaner against what a careful reader marked in ../shared/seeds (gold read at run time).</summary>
public class SeedsGoldTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var stem in Gold()?.EnumerateObject().Select(a => a.Name) ?? ["(no ../shared)"])
        {
            data.Add(stem);
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Clean_article_matches_the_gold(string stem)
    {
        var gold = Gold();
        var seedPath = SharedData.PathTo("seeds", stem + ".txt");
        Skip.If(gold is null || seedPath is null, SharedData.MissingMessage);
        var expected = gold.Value.GetProperty(stem);

        var article = PlainTextCleaner.Clean(new ArticleDraft(null, File.ReadAllText(seedPath), null, null, null, null));
        var body = TextNormalizer.ForComparison(article.Body);

        var problems = new List<string>();
        if (expected.TryGetProperty("title", out var title))
        {
            var wanted = TextNormalizer.ForComparison(title.GetString()!);
            if (TextNormalizer.ForComparison(article.Title ?? string.Empty) != wanted)
            {
                problems.Add($"title was '{article.Title}'");
            }
            if (body.Contains(wanted, StringComparison.Ordinal))
            {
                problems.Add("title remains in the body");
            }
        }
        problems.AddRange(Phrases(expected, "keep").Where(p => !body.Contains(p, StringComparison.Ordinal)).Select(p => "lost: " + p));
        problems.AddRange(Phrases(expected, "drop").Where(p => body.Contains(p, StringComparison.Ordinal)).Select(p => "kept: " + p));
        problems.AddRange(Phrases(expected, "once").Where(p => Occurrences(body, p) > 1).Select(p => "repeated: " + p));
        var authors = article.Authors.Select(TextNormalizer.ForComparison).ToList();
        problems.AddRange(Phrases(expected, "authors").Where(a => !authors.Contains(a)).Select(a => "author missing: " + a));
        if (expected.TryGetProperty("published", out var published) && article.Published?.ToString("yyyy-MM-dd") != published.GetString())
        {
            problems.Add($"published was {article.Published}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static JsonElement? Gold()
    {
        var path = SharedData.PathTo("gold", "seeds.json");
        return path is null ? null : JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("articles").Clone();
    }

    private static IEnumerable<string> Phrases(JsonElement article, string key) =>
        article.TryGetProperty(key, out var list) ? list.EnumerateArray().Select(p => TextNormalizer.ForComparison(p.GetString()!)) : [];

    private static int Occurrences(string text, string phrase)
    {
        var count = 0;
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
