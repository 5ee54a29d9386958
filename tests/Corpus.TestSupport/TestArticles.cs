using System.Text.Json;

namespace Corpus.TestSupport;

/// <summary>Article sets for end-to-end tests: PolNeAR train texts when ../shared is there, else generated ones.</summary>
public static class TestArticles
{
    /// <summary>NDJSON lines <c>{key, source, text}</c>, <paramref name="count"/> of them.</summary>
    public static IReadOnlyList<string> Ndjson(int count)
    {
        var folder = SharedData.PathTo("data", "polnear", "train", "text");
        var articles = folder is null ? Generated(count) : FromPolnear(folder, count);
        return articles.Select(a => JsonSerializer.Serialize(new { key = a.Key, source = a.Source, text = a.Text })).ToList();
    }

    private static List<(string Key, string Source, string Text)> FromPolnear(string folder, int count)
    {
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var result = new List<(string, string, string)>(count);
        for (var i = 0; result.Count < count; i++)
        {
            var file = files[i % files.Count];
            var stem = Path.GetFileNameWithoutExtension(file);
            var round = i / files.Count;
            var text = File.ReadAllText(file);
            // Later rounds are distinct articles: another outlet's edited copy with its own last paragraph.
            var key = round == 0 ? stem : $"{stem}#r{round}";
            result.Add((key, stem.Split('_')[0] + (round == 0 ? string.Empty : $"-r{round}"), round == 0 ? text : $"{text}\n\nUpdate {round}: this version adds note {round} for {key}."));
        }
        return result;
    }

    private static List<(string Key, string Source, string Text)> Generated(int count)
    {
        string[] names = ["Maria Lopez", "John Carter", "Aiko Tanaka", "Peter Novak", "Grace Obi", "Liam Byrne"];
        string[] outlets = ["daily", "herald", "courier", "gazette"];
        var result = new List<(string, string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var speaker = names[i % names.Length];
            var other = names[(i + 1) % names.Length];
            var surname = speaker.Split(' ')[1];
            var text = $"""
                Council debates plan number {i} for the district

                {speaker} met with {other} on Tuesday to discuss plan {i}, which covers {i % 17} schools and {i % 5} parks.

                "We need plan {i} because the district has waited too long," {speaker} said.

                {other} disagreed. "Plan {i} costs more than the city can afford this year," {other.Split(' ')[1]} said.

                {surname} added that a vote on plan {i} was expected next month.
                """;
            result.Add(($"gen-{i:D5}", outlets[i % outlets.Length], text));
        }
        return result;
    }
}
