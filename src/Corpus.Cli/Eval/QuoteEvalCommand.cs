using System.CommandLine;
using System.Globalization;
using Corpus.Text.Articles;
using Corpus.Text.Evaluation.Attribution;
using Corpus.Text.Statements;
using Spectre.Console;

namespace Corpus.Cli.Eval;

/// <summary><c>corpus eval quotes</c>: runs the text pipeline in-process on a PolNeAR split and scores who said what.</summary>
internal static class QuoteEvalCommand
{
    public static Command Create()
    {
        var polnear = new Option<DirectoryInfo>("--polnear") { Description = "The PolNeAR folder (holding train/ and dev/).", Required = true };
        var split = new Option<string>("--split") { Description = "dev or train.", DefaultValueFactory = _ => "dev" };
        var errors = new Option<int>("--errors") { Description = "Print up to this many errors of each kind, for error analysis.", DefaultValueFactory = _ => 0 };
        var show = new Option<string?>("--show") { Description = "Print the statements found in the article with this stem instead of scoring." };
        var command = new Command("quotes", "Score statement extraction and speaker attribution against PolNeAR.") { polnear, split, errors, show };
        command.SetAction((parse, ct) =>
        {
            var folder = Path.Combine(parse.GetValue(polnear)!.FullName, parse.GetValue(split)!);
            if (parse.GetValue(show) is { } stem)
            {
                Show(folder, stem);
                return Task.FromResult(0);
            }
            var (score, judgements, flawed) = Run(folder);
            Print(score);
            Console.WriteLine($"statements with a link: {flawed.Count(f => f.Link)}; with a doubled quotation mark: {flawed.Count(f => f.Doubled)}");
            foreach (var (article, text, _, _) in flawed.Take(parse.GetValue(errors)))
            {
                Console.WriteLine($"{article}\tflawed\t{text}");
            }
            PrintErrors(judgements, parse.GetValue(errors));
            PrintRules(judgements, parse.GetValue(errors));
            return Task.FromResult(0);
        });
        return command;
    }

    private static (AttributionScore, List<(string Stem, ArticleJudgement Judgement)>, List<(string Stem, string Text, bool Link, bool Doubled)>) Run(string folder)
    {
        var flawed = new List<(string Stem, string Text, bool Link, bool Doubled)>();
        var scorer = new AttributionScorer();
        var judgements = new List<(string, ArticleJudgement)>();
        foreach (var (stem, text, gold) in PolnearArticles.Read(folder))
        {
            var analysis = ArticleAnalyzer.Analyze(new ArticleDraft(null, text, null, null, PolnearLayout.Publisher(stem), null));
            var statements = analysis.Statements
                .Select(s => new ScoredStatement(s.Text, KindName(s.Kind), s.Speaker?.Name, s.Rule))
                .ToList();
            judgements.Add((stem, scorer.Add(gold, statements)));
            foreach (var s in statements)
            {
                var counts = s.Kind == "indirect" ? IndirectRuleCounts : RuleCounts;
                counts[s.Rule ?? "?"] = counts.GetValueOrDefault(s.Rule ?? "?") + 1;
            }
            flawed.AddRange(statements
                .Select(s => (stem, s.Text, StatementFlaws.HasLink(s.Text), StatementFlaws.HasDoubledQuoteMark(s.Text)))
                .Where(f => f.Item3 || f.Item4));
        }
        return (scorer.Score, judgements, flawed);
    }

    private static void Show(string folder, string stem)
    {
        var text = File.ReadAllText(Path.Combine(folder, "text", stem + ".txt"));
        var analysis = ArticleAnalyzer.Analyze(new ArticleDraft(null, text, null, null, PolnearLayout.Publisher(stem), null));
        foreach (var s in analysis.Statements)
        {
            Console.WriteLine($"{analysis.Statements.ToList().IndexOf(s)}\t{s.Start}\t{KindName(s.Kind)}\t{s.Rule}\t[{s.Speaker?.Name}|{s.Speaker?.Kind}|{string.Join(";", s.Speaker?.Roles ?? [])}]\t{s.Cue}\t{s.Text}");
        }
        foreach (var m in analysis.Meetings)
        {
            Console.WriteLine($"meeting\t{m.Title}\t{m.Kind}\t{string.Join(", ", m.Participants.Select(p => p.Name))}\t{m.Date}\t{m.Place}\tin passing: {m.InPassing}\tstatements: {string.Join(" ", m.StatementIndexes)}");
        }
    }

    private static string KindName(StatementKind kind) => kind switch
    {
        StatementKind.Direct => "direct",
        StatementKind.Partial => "partial",
        _ => "indirect",
    };

    private static void Print(AttributionScore s)
    {
        var table = new Table().AddColumns("metric", "value", "counts");
        table.AddRow("direct precision", F(s.DirectPrecision), $"{s.QuoteStatementsMatched}/{s.QuoteStatements}");
        table.AddRow("direct recall", F(s.DirectRecall), $"{s.GoldDirectFound}/{s.GoldDirect}");
        table.AddRow("direct F1", F(s.DirectF1), string.Empty);
        table.AddRow("speaker accuracy", F(s.SpeakerAccuracy), $"{s.SpeakerCorrect}/{s.SpeakerJudged}");
        table.AddRow("indirect recall", F(s.IndirectRecall), $"{s.GoldIndirectFound}/{s.GoldIndirect}");
        table.AddRow("indirect precision", F(s.IndirectPrecision), $"{s.IndirectStatementsInside}/{s.IndirectStatements}");
        AnsiConsole.Write(table);
    }

    private static void PrintErrors(List<(string Stem, ArticleJudgement Judgement)> judgements, int max)
    {
        if (max <= 0)
        {
            return;
        }
        Console.WriteLine("== quote statements matching nothing");
        foreach (var (stem, s) in judgements.SelectMany(j => j.Judgement.UnmatchedQuotes.Select(s => (j.Stem, s))).Take(max))
        {
            Console.WriteLine($"{stem}\t{s.Kind}\t[{s.SpeakerName}]\t{s.Rule}\t{s.Text}");
        }
        Console.WriteLine("== gold direct not found");
        foreach (var (stem, g) in judgements.SelectMany(j => j.Judgement.MissedDirect.Select(g => (j.Stem, g))).Take(max))
        {
            Console.WriteLine($"{stem}\t[{g.Source}|{g.Cue}]\t{g.Content}");
        }
        Console.WriteLine("== wrong speaker");
        foreach (var (stem, (g, s)) in judgements.SelectMany(j => j.Judgement.WrongSpeakers.Select(w => (j.Stem, w))).Take(max))
        {
            Console.WriteLine($"{stem}\tgold [{g.Source}] got [{s.SpeakerName}]\t{s.Rule}\t{s.Text}");
        }
        Console.WriteLine("== indirect statements inside nothing");
        foreach (var (stem, s) in judgements.SelectMany(j => j.Judgement.UnmatchedIndirect.Select(s => (j.Stem, s))).Take(max))
        {
            Console.WriteLine($"{stem}\t[{s.SpeakerName}]\t{s.Rule}\t{s.Text}");
        }
        Console.WriteLine("== gold indirect not found");
        foreach (var (stem, g) in judgements.SelectMany(j => j.Judgement.MissedIndirect.Select(g => (j.Stem, g))).Take(max))
        {
            Console.WriteLine($"{stem}\t[{g.Source}|{g.Cue}]\t{g.Content}");
        }
    }

    /// <summary>Per extraction rule: quote statements judged and how many matched nothing, to see which rule costs precision.</summary>
    private static void PrintRules(List<(string Stem, ArticleJudgement Judgement)> judgements, int max)
    {
        if (max <= 0)
        {
            return;
        }
        Console.WriteLine("== quote statements by rule: judged / matching nothing");
        var unmatched = judgements.SelectMany(j => j.Judgement.UnmatchedQuotes).GroupBy(s => s.Rule ?? "?").ToDictionary(g => g.Key, g => g.Count());
        foreach (var (rule, count) in RuleCounts.OrderByDescending(r => r.Value))
        {
            Console.WriteLine($"{rule}\t{count}\t{unmatched.GetValueOrDefault(rule)}");
        }
        Console.WriteLine("== indirect statements by rule: judged / inside nothing");
        var outside = judgements.SelectMany(j => j.Judgement.UnmatchedIndirect).GroupBy(s => s.Rule ?? "?").ToDictionary(g => g.Key, g => g.Count());
        foreach (var (rule, count) in IndirectRuleCounts.OrderByDescending(r => r.Value))
        {
            Console.WriteLine($"{rule}\t{count}\t{outside.GetValueOrDefault(rule)}");
        }
    }

    private static readonly Dictionary<string, int> RuleCounts = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, int> IndirectRuleCounts = new(StringComparer.Ordinal);

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
