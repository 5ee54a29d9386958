using System.CommandLine;
using Corpus.Storage.Views;
using Spectre.Console;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus speakers</c>, <c>corpus meetings</c>, <c>corpus quotes</c>: the cross-source views as tables.</summary>
internal static class ViewCommands
{
    public static Command Speakers()
    {
        var server = ServerOption.Create();
        var apiKey = ApiKeyOption.Create();
        var query = new Option<string?>("--q") { Description = "Only speakers whose name or alias contains this." };
        var max = MaxOption();
        var command = new Command("speakers", "List speakers with their statement and source counts.") { server, apiKey, query, max };
        command.SetAction((parse, ct) => Friendly.RunAsync(async () =>
        {
            using var client = new CorpusClient(parse.GetValue(server)!, parse.GetValue(apiKey));
            var q = parse.GetValue(query);
            var speakers = await client.ListAsync<SpeakerView>("/api/speakers" + (q is null ? string.Empty : "?q=" + Uri.EscapeDataString(q)), parse.GetValue(max), ct);
            var table = new Table().AddColumns("id", "name", "kind", "roles", "statements", "sources");
            foreach (var s in speakers.OrderByDescending(s => s.StatementCount))
            {
                table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Name), s.Kind, Markup.Escape(string.Join(", ", s.Roles)), s.StatementCount.ToString(), s.SourceCount.ToString());
            }
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    public static Command Meetings()
    {
        var server = ServerOption.Create();
        var apiKey = ApiKeyOption.Create();
        var speaker = new Option<string?>("--speaker") { Description = "Only meetings of this speaker id." };
        var from = new Option<string?>("--from") { Description = "Earliest date, yyyy-MM-dd." };
        var to = new Option<string?>("--to") { Description = "Latest date, yyyy-MM-dd." };
        var max = MaxOption();
        var command = new Command("meetings", "List meetings with participants and the outlets that reported them.") { server, apiKey, speaker, from, to, max };
        command.SetAction((parse, ct) => Friendly.RunAsync(async () =>
        {
            using var client = new CorpusClient(parse.GetValue(server)!, parse.GetValue(apiKey));
            var query = Query(("speaker", parse.GetValue(speaker)), ("from", parse.GetValue(from)), ("to", parse.GetValue(to)));
            var meetings = await client.ListAsync<MeetingView>("/api/meetings" + query, parse.GetValue(max), ct);
            var table = new Table().AddColumns("id", "date", "kind", "participants", "place", "sources", "statements");
            foreach (var m in meetings.OrderBy(m => m.Date, StringComparer.Ordinal))
            {
                table.AddRow(
                    Markup.Escape(m.Id), m.Date ?? "?", m.Kind, Markup.Escape(string.Join(", ", m.Participants.Select(p => p.Name))),
                    Markup.Escape(m.Place ?? string.Empty), Markup.Escape(string.Join(", ", m.Sources)), m.StatementCount.ToString());
            }
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    public static Command Quotes()
    {
        var server = ServerOption.Create();
        var apiKey = ApiKeyOption.Create();
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes of this speaker id." };
        var minSources = new Option<int>("--min-sources") { Description = "Only quotes carried by at least this many outlets.", DefaultValueFactory = _ => 1 };
        var max = MaxOption();
        var command = new Command("quotes", "List quotes with how many outlets carried them.") { server, apiKey, speaker, minSources, max };
        command.SetAction((parse, ct) => Friendly.RunAsync(async () =>
        {
            using var client = new CorpusClient(parse.GetValue(server)!, parse.GetValue(apiKey));
            var query = Query(("speaker", parse.GetValue(speaker)), ("minSources", parse.GetValue(minSources).ToString()));
            var quotes = await client.ListAsync<QuoteView>("/api/quotes" + query, parse.GetValue(max), ct);
            var table = new Table().AddColumns("id", "speaker", "quote", "sources", "variants");
            foreach (var q in quotes.OrderByDescending(q => q.SourceCount))
            {
                table.AddRow(Markup.Escape(q.Id), Markup.Escape(q.Speaker.Name), Markup.Escape(q.Text), q.SourceCount.ToString(), q.Variants.Count.ToString());
            }
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Option<int> MaxOption() => new("--max") { Description = "Most rows to show.", DefaultValueFactory = _ => 200 };

    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var given = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? string.Empty : "?" + string.Join('&', given);
    }
}
