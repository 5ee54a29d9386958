using System.CommandLine;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Corpus.Storage.Views;
using Spectre.Console;

namespace Corpus.Cli.Commands;

/// <summary>
/// <c>corpus upload</c>: sends files and folders as NDJSON articles in chunks, with a summary; with <c>--wait</c>
/// it then follows processing until every upload is done. Progress bars on a terminal, plain lines elsewhere.
/// </summary>
internal static class UploadCommand
{
    private const int ChunkBytes = 16 * 1024 * 1024;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (searched recursively).", Arity = ArgumentArity.OneOrMore };
        var connection = new Connection();
        var source = new Option<string?>("--source") { Description = "Outlet for .txt and .html files that the manifest.json beside them does not name." };
        var wait = new Option<bool>("--wait") { Description = "Follow processing until every article is processed or failed." };
        var command = new Command("upload", "Upload articles from files or folders.") { paths, source, wait };
        connection.AddTo(command);
        command.SetAction((parse, ct) => Friendly.RunAsync(async () =>
        {
            var files = UploadFiles.Expand(parse.GetValue(paths)!).ToList();
            if (files.Count == 0)
            {
                throw new UsageException("No .txt, .html, .ndjson, .jsonl or .json files found.");
            }
            using var client = connection.Open(parse);
            var reader = new UploadFiles(parse.GetValue(source));
            var (receipts, processed) = await UploadProgress.RunAsync(async (sending, processing) =>
            {
                var sent = await SendAsync(client, reader, files, sending, ct);
                var followed = parse.GetValue(wait) ? await UploadFollower.WaitAsync(client, sent, processing, ct) : [];
                return (sent, followed);
            });
            PrintSummary(receipts);
            PrintProcessing(processed);
            return processed.Any(u => u.State == "incomplete") ? 1 : 0;
        }));
        return command;
    }

    private static async Task<List<UploadReceipt>> SendAsync(CorpusClient client, UploadFiles reader, List<string> files, IProgressReport sending, CancellationToken ct)
    {
        var receipts = new List<UploadReceipt>();
        sending.Start($"Uploading {files.Count} file(s)", files.Sum(f => new FileInfo(f).Length));
        var chunk = new StringBuilder();
        long chunkFileBytes = 0;
        foreach (var file in files)
        {
            foreach (var line in await reader.ToLinesAsync(file, ct))
            {
                chunk.Append(line).Append('\n');
            }
            chunkFileBytes += new FileInfo(file).Length;
            if (chunk.Length >= ChunkBytes)
            {
                receipts.Add(await PostAsync(client, chunk, ct));
                sending.Advance(chunkFileBytes, $"sent upload {receipts[^1].Id}");
                chunkFileBytes = 0;
            }
        }
        if (chunk.Length > 0)
        {
            receipts.Add(await PostAsync(client, chunk, ct));
            sending.Advance(chunkFileBytes, $"sent upload {receipts[^1].Id}");
        }
        return receipts;
    }

    private static async Task<UploadReceipt> PostAsync(CorpusClient client, StringBuilder chunk, CancellationToken ct)
    {
        using var content = new StringContent(chunk.ToString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson") { CharSet = "utf-8" };
        chunk.Clear();
        return await client.PostAsync<UploadReceipt>("/api/uploads", content, ct);
    }

    private static void PrintSummary(List<UploadReceipt> receipts)
    {
        Rows.Write(
            ["uploads", "received", "accepted", "duplicates", "rejected"],
            [[Count(receipts.Count), Count(receipts.Sum(r => r.Received)), Count(receipts.Sum(r => r.Accepted)), Count(receipts.Sum(r => r.Duplicates)), Count(receipts.Sum(r => r.Rejected.Count))]]);
        foreach (var rejection in receipts.SelectMany(r => r.Rejected).Take(20))
        {
            var key = rejection.Key is null ? string.Empty : $" ({rejection.Key})";
            AnsiConsole.MarkupLineInterpolated($"[red]rejected[/] line {rejection.Line}{key}: {rejection.Error}");
        }
        foreach (var receipt in receipts)
        {
            AnsiConsole.MarkupLineInterpolated($"upload [blue]{receipt.Id}[/]: follow it at /api/uploads/{receipt.Id} or with --wait");
        }
    }

    private static void PrintProcessing(IReadOnlyList<UploadView> uploads)
    {
        foreach (var upload in uploads)
        {
            AnsiConsole.MarkupLineInterpolated($"upload [blue]{upload.Id}[/] {upload.State}: {upload.Processed} processed, {upload.Failed} failed");
            foreach (var failure in upload.Failures.Take(20))
            {
                AnsiConsole.MarkupLineInterpolated($"[red]failed[/] {failure.Key ?? failure.ArticleId}: {failure.Reason}");
            }
        }
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
