using System.CommandLine;
using System.Text.Json;

namespace Corpus.Cli.Commands;

/// <summary>
/// What the list commands share: the connection, <c>--max</c> and <c>--json</c>, and printing either the API's
/// JSON (<c>{"items": [...], "next": ...}</c>, pages joined) or rows.
/// </summary>
internal sealed class ViewList<T>(string name, string description)
{
    private readonly Connection _connection = new();
    private readonly Option<int> _max = new("--max") { Description = "Most rows to show.", DefaultValueFactory = _ => 200 };
    private readonly Option<bool> _json = new("--json") { Description = "Print the server's JSON instead of a table." };

    public Command Create(IReadOnlyList<Option> filters, Func<ParseResult, string> path, IReadOnlyList<string> headers, Func<IEnumerable<T>, IEnumerable<IReadOnlyList<string>>> rows)
    {
        var command = new Command(name, description);
        foreach (var filter in filters)
        {
            command.Options.Add(filter);
        }
        _connection.AddTo(command);
        command.Options.Add(_max);
        command.Options.Add(_json);
        command.SetAction((parse, ct) => Friendly.RunAsync(async () =>
        {
            using var client = _connection.Open(parse);
            if (parse.GetValue(_json))
            {
                var page = await client.PageThroughAsync<JsonElement>(path(parse), parse.GetValue(_max), ct);
                Console.Out.WriteLine(JsonSerializer.Serialize(page, CorpusClient.Json));
                return 0;
            }
            var items = await client.PageThroughAsync<T>(path(parse), parse.GetValue(_max), ct);
            Rows.Write(headers, rows(items.Items));
            return 0;
        }));
        return command;
    }

    public static string Query(params (string Name, string? Value)[] parameters)
    {
        var given = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? string.Empty : "?" + string.Join('&', given);
    }
}
