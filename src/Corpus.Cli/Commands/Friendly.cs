using Spectre.Console;

namespace Corpus.Cli.Commands;

/// <summary>Turns the failures a user can cause or fix (server down, bad path, refused request) into one clear line on stderr.</summary>
internal static class Friendly
{
    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        var error = Terminal.Error;
        try
        {
            return await action();
        }
        catch (UsageException ex)
        {
            error.MarkupLineInterpolated($"[red]{ex.Message}[/]");
            return 2;
        }
        catch (ProblemException ex)
        {
            error.MarkupLineInterpolated($"[red]{ex.Title}[/] ({ex.Status})");
            if (ex.Detail is not null)
            {
                error.WriteLine(ex.Detail);
            }
        }
        catch (HttpRequestException ex)
        {
            error.MarkupLineInterpolated($"[red]The server could not be reached:[/] {ex.Message}");
        }
        catch (TaskCanceledException)
        {
            error.MarkupLine("[red]The server did not answer in time.[/]");
        }
        catch (InvalidDataException ex)
        {
            error.MarkupLineInterpolated($"[red]{ex.Message}[/]");
        }
        catch (IOException ex)
        {
            error.MarkupLineInterpolated($"[red]{ex.Message}[/]");
        }
        catch (System.Text.Json.JsonException ex)
        {
            error.MarkupLineInterpolated($"[red]Not valid JSON:[/] {ex.Message}");
        }
        return 1;
    }
}
