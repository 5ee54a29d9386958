using System.Text.Json;
using System.Text.RegularExpressions;
using Corpus.Text.Normalization;
using Corpus.Text.Quotes;
using Corpus.TestSupport;

namespace Corpus.Text.Tests.Quotes;

/// <summary>
/// Reads the seeds and their gold from ../shared at run time. Each gold statement is taken as the quoted
/// span holding its phrase; one speaker's spans are grouped as the quote grain does; every gold quote must
/// end up as exactly one group, apart from the speaker's other gold quotes.
/// </summary>
public partial class SeedQuotesTests
{
    [SkippableFact]
    public void Gold_cross_outlet_quotes_group_together_and_stay_apart_from_each_other()
    {
        var seeds = SharedData.PathTo("seeds");
        var gold = SharedData.PathTo("gold", "seeds.json");
        Skip.If(seeds is null || gold is null, SharedData.MissingMessage);
        using var doc = JsonDocument.Parse(File.ReadAllText(gold!));
        var statements = doc.RootElement.GetProperty("statements").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => (Article: s.GetProperty("article").GetString()!, Phrase: s.GetProperty("contains").GetString()!));
        var quotes = doc.RootElement.GetProperty("quotes").EnumerateArray()
            .Select(q => (Speaker: q.GetProperty("speaker").GetString()!, Ids: q.GetProperty("statements").EnumerateArray().Select(i => i.GetString()!).ToList()))
            .ToList();
        foreach (var speaker in quotes.GroupBy(q => q.Speaker))
        {
            var grouping = new QuoteGrouping();
            var groupOf = new Dictionary<string, string>();
            foreach (var id in speaker.SelectMany(q => q.Ids).Order(StringComparer.Ordinal))
            {
                var (article, phrase) = statements[id];
                var span = QuotedSpans(File.ReadAllText(Path.Combine(seeds!, article + ".txt")))
                    .First(s => TextNormalizer.ForComparison(s).Contains(phrase, StringComparison.Ordinal));
                var quoteId = grouping.Find(span) ?? id;
                grouping.Add(quoteId, span);
                groupOf[id] = quoteId;
            }
            foreach (var quote in speaker)
            {
                Assert.Single(quote.Ids.Select(i => groupOf[i]).Distinct());
            }
            Assert.Equal(speaker.Count(), speaker.Select(q => groupOf[q.Ids[0]]).Distinct().Count());
        }
    }

    private static IEnumerable<string> QuotedSpans(string text) => Quoted().Matches(text).Select(m => m.Groups["q"].Value);

    [GeneratedRegex("[\"“](?<q>[^\"“”\n]{2,3000}?)[\"”]")]
    private static partial Regex Quoted();
}
