using Spectre.Console;

namespace Corpus.Cli.Commands;

/// <summary>
/// Rows of a view: a table on a terminal whose first column (the id) never wraps, so it can be copied whole;
/// tab-separated lines with a header elsewhere, for cut, awk and spreadsheets.
/// </summary>
internal static class Rows
{
    public static void Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (!Terminal.IsInteractive)
        {
            var output = Console.Out;
            output.WriteLine(string.Join('\t', headers));
            foreach (var row in rows)
            {
                output.WriteLine(string.Join('\t', row.Select(OneLine)));
            }
            return;
        }
        var table = new Table();
        for (var i = 0; i < headers.Count; i++)
        {
            table.AddColumn(new TableColumn(headers[i]) { NoWrap = i == 0 });
        }
        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }
        AnsiConsole.Write(table);
    }

    private static string OneLine(string value) => value.ReplaceLineEndings(" ").Replace('\t', ' ');
}
