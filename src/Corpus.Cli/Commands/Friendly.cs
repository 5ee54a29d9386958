using Spectre.Console;

namespace Corpus.Cli.Commands;

/// <summary>Turns the failures a user can cause or fix (server down, bad path, refused request) into one clear line.</summary>
internal static class Friendly
{
    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (HttpRequestException ex)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]The server refused or could not be reached:[/] {ex.Message}");
        }
        catch (TaskCanceledException)
        {
            AnsiConsole.MarkupLine("[red]The server did not answer in time.[/]");
        }
        catch (IOException ex)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{ex.Message}[/]");
        }
        catch (System.Text.Json.JsonException ex)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Not valid JSON:[/] {ex.Message}");
        }
        return 1;
    }
}
