using Corpus.Storage.Views;

namespace Corpus.Cli.Commands;

/// <summary>Polls <c>GET /api/uploads/{id}</c> until every upload is done (or incomplete, which waits for a re-send).</summary>
internal static class UploadFollower
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public static async Task<IReadOnlyList<UploadView>> WaitAsync(CorpusClient client, IReadOnlyList<UploadReceipt> receipts, IProgressReport processing, CancellationToken ct)
    {
        var accepted = receipts.Sum(r => r.Accepted);
        processing.Start($"Processing {accepted} article(s)", accepted);
        var latest = new Dictionary<string, UploadView>(StringComparer.Ordinal);
        while (true)
        {
            foreach (var receipt in receipts.Where(r => !latest.TryGetValue(r.Id, out var seen) || seen.State == "processing"))
            {
                latest[receipt.Id] = await client.GetAsync<UploadView>($"/api/uploads/{Uri.EscapeDataString(receipt.Id)}", ct);
            }
            var finished = latest.Values.Sum(v => v.Processed + v.Failed);
            processing.Reach(finished, $"processed {finished}/{accepted}");
            if (latest.Values.All(v => v.State != "processing"))
            {
                return receipts.Select(r => latest[r.Id]).ToList();
            }
            await Task.Delay(PollInterval, ct);
        }
    }
}
