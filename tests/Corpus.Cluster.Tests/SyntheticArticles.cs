using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Corpus.Cluster.Tests;

/// <summary>
/// News-like articles made up from fixed word lists: quotes with attributions, meetings between named people, and the
/// same people and some of the same quotes across outlets, so that speaker, meeting and quote grains all have work.
/// </summary>
public static class SyntheticArticles
{
    private static readonly string[] Outlets = ["daily-ledger", "evening-post", "harbor-times", "metro-wire", "north-herald", "valley-news"];
    private static readonly string[] First = ["Anna", "Boris", "Clara", "David", "Elena", "Frank", "Greta", "Hugo", "Irene", "Jonas", "Karla", "Lukas", "Marta", "Nils", "Olga", "Peter", "Rosa", "Stefan", "Tara", "Viktor"];
    private static readonly string[] Last = ["Albers", "Brandt", "Castell", "Dorn", "Eckert", "Falk", "Gruber", "Hartmann", "Imhof", "Jaeger", "Krause", "Lenz", "Moser", "Neumann", "Ortner", "Pohl"];
    private static readonly string[] Roles = ["the finance minister", "the mayor", "a party spokesman", "the union leader", "the central bank governor", "the opposition leader"];
    private static readonly string[] Topics = ["the budget", "the new rail line", "energy prices", "the housing plan", "school reform", "the trade deal", "border controls", "the pension system"];
    private static readonly string[] Cities = ["Vienna", "Berlin", "Prague", "Warsaw", "Budapest", "Zagreb", "Ljubljana"];
    private static readonly string[] Verbs = ["will not accept", "strongly support", "must review", "cannot ignore", "are ready to discuss", "plan to reject"];
    private static readonly string[] Cues = ["said", "told reporters", "added"];

    public static IEnumerable<string> NdjsonLines(int count, int seed = 7)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Line(i, new Random(seed * 1_000_003 + i));
        }
    }

    public static byte[] Ndjson(int count, int seed = 7) => Encoding.UTF8.GetBytes(string.Join('\n', NdjsonLines(count, seed)) + "\n");

    private static string Line(int index, Random random)
    {
        var topic = Pick(random, Topics);
        var date = new DateOnly(2025, 1, 1).AddDays(index % 300);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Talks on {topic} continued this week as officials in {Pick(random, Cities)} weighed their options.\n\n");
        var people = Enumerable.Range(0, random.Next(2, 5)).Select(_ => $"{Pick(random, First)} {Pick(random, Last)}").Distinct().ToList();
        foreach (var person in people)
        {
            // A small pool of quotes per topic lets different outlets carry the same words.
            var quote = $"We {Pick(random, Verbs)} {topic} in its current form, and voters deserve {(random.Next(3) == 0 ? "better" : "an honest answer")}";
            text.Append(CultureInfo.InvariantCulture, $"\"{quote},\" {Pick(random, Cues)} {person}, {Pick(random, Roles)}.\n\n");
        }
        if (people.Count >= 2)
        {
            text.Append(CultureInfo.InvariantCulture, $"{people[0]} met {people[1]} in {Pick(random, Cities)} on {date:dddd} to discuss {topic}.\n\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"The debate is expected to continue next month. Reference {index}.\n");
        return JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["key"] = $"syn-{index:D6}",
            ["source"] = Pick(random, Outlets),
            ["url"] = $"https://news.example/{index}",
            ["title"] = $"Debate over {topic} goes on ({index})",
            ["published"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["text"] = text.ToString(),
        });
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
