using System.CommandLine;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Corpus.Storage.Views;
using Spectre.Console;

namespace Corpus.Cli.Commands;

/// <summary>
/// <c>corpus upload</c>: turns files and folders into NDJSON articles (.txt and .html files keyed by their
/// name without extension) and sends them in chunks, with a progress bar and a summary.
/// </summary>
internal static class UploadCommand
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".ndjson", ".jsonl", ".json"];
    private const int ChunkBytes = 16 * 1024 * 1024;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (searched recursively).", Arity = ArgumentArity.OneOrMore };
        var server = ServerOption.Create();
        var apiKey = ApiKeyOption.Create();
        var source = new Option<string?>("--source") { Description = "Outlet to record for .txt and .html files." };
        var command = new Command("upload", "Upload articles from files or folders.") { paths, server, apiKey, source };
        command.SetAction((parse, ct) => Friendly.RunAsync(async () =>
        {
            var files = Expand(parse.GetValue(paths)!).ToList();
            if (files.Count == 0)
            {
                AnsiConsole.MarkupLine("[red]No .txt, .html, .ndjson, .jsonl or .json files found.[/]");
                return 2;
            }
            using var client = new CorpusClient(parse.GetValue(server)!, parse.GetValue(apiKey));
            var totals = await SendAsync(client, files, parse.GetValue(source), ct);
            PrintSummary(totals);
            return 0;
        }));
        return command;
    }

    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsSupported).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
        }
    }

    private static bool IsSupported(string file) => Extensions.Contains(Path.GetExtension(file).ToLowerInvariant());

    private static async Task<List<UploadReceipt>> SendAsync(CorpusClient client, List<string> files, string? source, CancellationToken ct)
    {
        var receipts = new List<UploadReceipt>();
        var totalBytes = files.Sum(f => new FileInfo(f).Length);
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Uploading {files.Count} file(s)", maxValue: Math.Max(1, totalBytes));
                var chunk = new StringBuilder();
                long chunkFileBytes = 0;
                foreach (var file in files)
                {
                    foreach (var line in await ToLinesAsync(file, source, ct))
                    {
                        chunk.Append(line).Append('\n');
                    }
                    chunkFileBytes += new FileInfo(file).Length;
                    if (chunk.Length >= ChunkBytes)
                    {
                        receipts.Add(await PostAsync(client, chunk, ct));
                        task.Increment(chunkFileBytes);
                        chunkFileBytes = 0;
                    }
                }
                if (chunk.Length > 0)
                {
                    receipts.Add(await PostAsync(client, chunk, ct));
                }
                task.Increment(chunkFileBytes);
            });
        return receipts;
    }

    private static async Task<UploadReceipt> PostAsync(CorpusClient client, StringBuilder chunk, CancellationToken ct)
    {
        using var content = new StringContent(chunk.ToString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson") { CharSet = "utf-8" };
        chunk.Clear();
        return await client.PostAsync<UploadReceipt>("/api/uploads", content, ct);
    }

    public static async Task<IReadOnlyList<string>> ToLinesAsync(string file, string? source, CancellationToken ct)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        switch (extension)
        {
            case ".ndjson" or ".jsonl":
                return (await File.ReadAllLinesAsync(file, ct)).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
            case ".json":
                using (var document = JsonDocument.Parse(await File.ReadAllBytesAsync(file, ct)))
                {
                    return document.RootElement.ValueKind == JsonValueKind.Array
                        ? document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList()
                        : [document.RootElement.GetRawText()];
                }
            default:
                var body = await File.ReadAllTextAsync(file, ct);
                var key = Path.GetFileNameWithoutExtension(file);
                var article = extension == ".txt"
                    ? JsonSerializer.Serialize(new { key, source, text = body }, CorpusClient.Json)
                    : JsonSerializer.Serialize(new { key, source, html = body }, CorpusClient.Json);
                return [article];
        }
    }

    private static void PrintSummary(List<UploadReceipt> receipts)
    {
        var table = new Table().AddColumns("received", "accepted", "duplicates", "rejected");
        table.AddRow(
            receipts.Sum(r => r.Received).ToString(),
            $"[green]{receipts.Sum(r => r.Accepted)}[/]",
            $"[yellow]{receipts.Sum(r => r.Duplicates)}[/]",
            $"[red]{receipts.Sum(r => r.Rejected.Count)}[/]");
        AnsiConsole.Write(table);
        foreach (var rejection in receipts.SelectMany(r => r.Rejected).Take(20))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]rejected[/] line {rejection.Line} {rejection.Key}: {rejection.Error}");
        }
        foreach (var receipt in receipts)
        {
            AnsiConsole.MarkupLineInterpolated($"upload [blue]{receipt.Id}[/]: follow it at /api/uploads/{receipt.Id}");
        }
    }
}
