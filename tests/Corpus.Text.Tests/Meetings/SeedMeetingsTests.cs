using Corpus.Text.Articles;
using Corpus.Text.Meetings;
using Corpus.TestSupport;
using Xunit.Abstractions;

namespace Corpus.Text.Tests.Meetings;

public class SeedMeetingsTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Prints_seed_meetings()
    {
        var seeds = SharedData.PathTo("seeds");
        Skip.If(seeds is null, SharedData.MissingMessage);
        foreach (var file in Directory.GetFiles(seeds!).Order(StringComparer.Ordinal))
        {
            var analysis = ArticleAnalyzer.Analyze(new ArticleDraft(null, File.ReadAllText(file), null, null, null, null));
            output.WriteLine($"== {Path.GetFileName(file)} published={analysis.Article.Published}");
            for (var i = 0; i < analysis.Statements.Count; i++)
            {
                var s = analysis.Statements[i];
                output.WriteLine($"  s{i} @{analysis.Article.Body[..s.Start].Split("\n\n").Length - 1} {s.Speaker?.Name}: {s.Text[..Math.Min(50, s.Text.Length)]}");
            }
            var body = analysis.Article.Body;
            var people = PersonMentions.Find(body, analysis.Statements, QuoteSpans.Find(body));
            output.WriteLine("  people: " + string.Join("; ", people.Mentions.Select(m => m.FamilyKey).Distinct().Select(f => people.Speaker(f)).Select(p => p.Name + "/" + string.Join(",", p.Roles))));
            foreach (var m in analysis.Meetings)
            {
                output.WriteLine($"  {m.Title} | {m.Kind} | {m.Date} | {m.Place} | passing={m.InPassing} | {string.Join(",", m.Participants.Select(p => p.Name + "/" + string.Join(";", p.Roles)))}");
                foreach (var i in m.StatementIndexes)
                {
                    var s = analysis.Statements[i];
                    output.WriteLine($"     <- {s.Speaker?.Name}: {s.Text[..Math.Min(60, s.Text.Length)]}");
                }
            }
        }
    }
}
