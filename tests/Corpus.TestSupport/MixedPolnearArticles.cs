using System.Globalization;
using System.Text.Json;

namespace Corpus.TestSupport;

/// <summary>
/// Articles made of PolNeAR train paragraphs drawn at random (seeded), so that one article often names several people
/// of one surname and the same quote turns up under several outlets, plus near copies of earlier articles carried by
/// other outlets (a paragraph dropped, a footer added): the cases where the result could depend on the order articles
/// are processed in. Read from ../shared at run time; null when it is absent.
/// </summary>
public static class MixedPolnearArticles
{
    private static readonly string[] Outlets = ["The Hill", "NPR", "Breitbart", "Politico", "Reuters", "AP", "The Guardian", "Fox News"];

    public static IReadOnlyList<string>? Ndjson(int count, int seed = 11)
    {
        var folder = SharedData.PathTo("data", "polnear", "train", "text");
        if (folder is null)
        {
            return null;
        }
        var paragraphs = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1))
            .Where(p => p.Length > 80)
            .ToList();
        var random = new Random(seed);
        var articles = new List<(string Key, string Source, string Published, string Text)>(count);
        for (var i = 0; i < count; i++)
        {
            var outlet = Outlets[random.Next(Outlets.Length)];
            var published = new DateOnly(2016, 1, 1).AddDays(random.Next(300)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string text;
            if (i > 10 && random.Next(8) == 0)
            {
                var original = articles[random.Next(articles.Count)].Text.Split("\n\n").ToList();
                original.RemoveAt(1 + random.Next(original.Count - 1));
                text = string.Join("\n\n", original) + $"\n\nThis story was first reported by another outlet; {outlet} contributed.";
            }
            else
            {
                var body = Enumerable.Range(0, random.Next(5, 10)).Select(_ => paragraphs[random.Next(paragraphs.Count)]);
                text = $"Report {i} on the campaign\n\n" + string.Join("\n\n", body);
            }
            articles.Add(($"mixed-{seed}-{i:D5}", outlet, published, text));
        }
        return [.. articles.Select(a => JsonSerializer.Serialize(new { key = a.Key, source = a.Source, published = a.Published, text = a.Text }))];
    }
}
