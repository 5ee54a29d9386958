using System.CommandLine;
using System.Globalization;
using Corpus.Text.Articles;
using Corpus.Text.Evaluation.Attribution;
using Corpus.Text.Evaluation.Speakers;
using Corpus.Text.Speakers;
using Spectre.Console;

namespace Corpus.Cli.Eval;

/// <summary>
/// <c>corpus eval speakers --polnear DIR</c>: makes the speaker entities the service would make from a PolNeAR split
/// (mentions grouped by family, identity as the speaker grain decides it) and reports the share whose name is a real source.
/// </summary>
internal static class SpeakerEvalCommand
{
    public static Command Create()
    {
        var polnear = new Option<DirectoryInfo>("--polnear") { Description = "The PolNeAR folder (holding train/ and dev/).", Required = true };
        var split = new Option<string>("--split") { Description = "dev or train.", DefaultValueFactory = _ => "dev" };
        var errors = new Option<int>("--errors") { Description = "List up to this many speakers whose name is no real source.", DefaultValueFactory = _ => 0 };
        var command = new Command("speakers", "Share of the speaker entities made from a PolNeAR split whose name is a real source.") { polnear, split, errors };
        command.SetAction((parse, ct) =>
        {
            var folder = Path.Combine(parse.GetValue(polnear)!.FullName, parse.GetValue(split)!);
            var (entities, articles) = Run(folder);
            var judged = entities.Select(e => (Entity: e, Real: e.Mentions.Select(m => m.Article).Distinct(StringComparer.Ordinal)
                .Any(a => SpeakerNameJudge.IsRealSource(e.Name, articles[a].Text, articles[a].GoldSources)))).ToList();
            Print(judged);
            PrintErrors(judged.Where(j => !j.Real).Select(j => j.Entity), articles, parse.GetValue(errors));
            return Task.FromResult(0);
        });
        return command;
    }

    private sealed record Article(string Text, IReadOnlyList<string> GoldSources, Dictionary<string, string> StatementBySpeaker);

    private static (List<SpeakerEntity>, Dictionary<string, Article>) Run(string folder)
    {
        var annotations = Directory.GetFiles(Path.Combine(folder, "attributions")).Select(f => Path.GetFileName(f)).ToList();
        var registry = new SpeakerRegistry();
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var textPath in Directory.GetFiles(Path.Combine(folder, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(textPath);
            var text = File.ReadAllText(textPath);
            var gold = PolnearLayout.ChooseAnnotation(annotations, stem) is { } chosen
                ? BratAttributions.Parse(text, File.ReadAllText(Path.Combine(folder, "attributions", chosen)))
                : [];
            var analysis = ArticleAnalyzer.Analyze(new ArticleDraft(null, text, null, null, PolnearLayout.Publisher(stem), null));
            var examples = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var s in analysis.Statements.Where(s => s.Speaker is not null))
            {
                registry.Add(stem, s.Speaker!);
                examples.TryAdd(s.Speaker!.Name, s.Text);
            }
            foreach (var participant in analysis.Meetings.SelectMany(m => m.Participants))
            {
                registry.Add(stem, participant);
            }
            articles[stem] = new Article(text, [.. gold.Where(g => g.HasSource).Select(g => g.Source)], examples);
        }
        return ([.. registry.Entities], articles);
    }

    private static void Print(List<(SpeakerEntity Entity, bool Real)> judged)
    {
        var table = new Table().AddColumns("speakers", "real sources", "share");
        AddRow(table, "all", judged);
        AddRow(table, "persons", [.. judged.Where(j => j.Entity.Kind == SpeakerKind.Person)]);
        AddRow(table, "one-word persons", [.. judged.Where(j => j.Entity.Kind == SpeakerKind.Person && !j.Entity.Name.Contains(' ', StringComparison.Ordinal))]);
        AddRow(table, "organisations", [.. judged.Where(j => j.Entity.Kind == SpeakerKind.Organization)]);
        AnsiConsole.Write(table);
    }

    private static void AddRow(Table table, string name, List<(SpeakerEntity Entity, bool Real)> rows)
    {
        var real = rows.Count(r => r.Real);
        table.AddRow(name, $"{real}/{rows.Count}", rows.Count == 0 ? "-" : ((double)real / rows.Count).ToString("0.000", CultureInfo.InvariantCulture));
    }

    private static void PrintErrors(IEnumerable<SpeakerEntity> wrong, Dictionary<string, Article> articles, int max)
    {
        foreach (var e in wrong.OrderBy(e => e.FirstArticle, StringComparer.Ordinal).Take(max))
        {
            var (article, mention) = e.Mentions[0];
            var example = articles[article].StatementBySpeaker.GetValueOrDefault(mention) ?? "(meeting participant)";
            Console.WriteLine($"{e.Name}\t{e.Kind}\t{article}\t{e.Mentions.Count} mentions\t{example[..Math.Min(120, example.Length)]}");
        }
    }
}
