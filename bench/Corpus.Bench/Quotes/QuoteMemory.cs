using System.Globalization;
using System.Text.RegularExpressions;
using Corpus.Text.Quotes;

namespace Corpus.Bench.Quotes;

/// <summary>
/// The memory a speaker's quote grouping holds for each quote, the state a quote grain keeps for as long as it is
/// active: the quoted passages of a folder of texts (between quotation marks, 30-400 characters, distinct) are grouped
/// as the quotes of twenty speakers, and the managed heap is measured before and after. The passages' own strings are
/// held by the bench throughout, so what is counted is the grouping's.
/// </summary>
internal static partial class QuoteMemory
{
    private const int Speakers = 20;

    public static void Run(string textFolder)
    {
        var passages = Directory.GetFiles(textFolder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .SelectMany(line => QuotedPassage().Matches(line).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var groupings = Enumerable.Range(0, Speakers).Select(_ => new QuoteGrouping()).ToArray();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var quotes = 0;
        for (var i = 0; i < passages.Count; i++)
        {
            var grouping = groupings[i % Speakers];
            var wording = PreparedWording.Of(passages[i]);
            if (grouping.Find(wording) is not { } quote)
            {
                quote = string.Create(CultureInfo.InvariantCulture, $"quote-{i:x10}");
                quotes++;
            }
            grouping.Add(quote, wording);
        }
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{passages.Count} passages, {quotes} quotes of {Speakers} speakers: {held / 1e6:F1} MB held, {held / (double)quotes:F0} bytes a quote"));
        GC.KeepAlive(groupings);
        GC.KeepAlive(passages);
    }

    [GeneratedRegex("[\"\u201c]([^\"\u201d]{30,400})[\"\u201d]")]
    private static partial Regex QuotedPassage();
}
