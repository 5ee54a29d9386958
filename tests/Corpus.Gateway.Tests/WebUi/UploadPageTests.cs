using Corpus.TestSupport;
using Microsoft.Data.Sqlite;

namespace Corpus.Gateway.Tests.WebUi;

/// <summary>
/// The upload page offers a file picker and a drop zone over the recent uploads, and an upload's page shows how far
/// its processing got, with its failed articles and why they failed.
/// </summary>
public sealed class UploadPageTests : WebPageTest
{
    [SkippableFact]
    public async Task Upload_page_lists_uploads_and_an_uploads_page_shows_its_progress_and_failures()
    {
        Skip.If(HeadlessChromium.Executable is null, HeadlessChromium.MissingMessage);
        var receipt = await Gateway.UploadAsync(
            new { key = "ledger-3", source = "Northern Ledger", text = "\"The river will rise,\" Foreign Minister Ivo Petrak said on Monday." },
            new { key = "harbour-3", source = "Harbour Times", text = "\"We have sandbags,\" Mayor Lena Brandt said on Tuesday." });
        var uploadId = receipt.GetProperty("id").GetString()!;
        await CorpusProgress.WaitUntilProcessedAsync(Client);

        var list = await HeadlessChromium.DumpDomAsync(new Uri(Root, "#/uploads"));
        Assert.Contains("data-ready=\"true\"", list, StringComparison.Ordinal);
        Assert.Contains("type=\"file\"", list, StringComparison.Ordinal);
        Assert.Contains("class=\"drop\" for=\"upload-files\"", list, StringComparison.Ordinal);
        Assert.Contains($"<tr data-upload=\"{uploadId}\">", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"#/uploads/{uploadId}\"", list, StringComparison.Ordinal);
        await DocsScreenshots.TakeAsync(new Uri(Root, "#/uploads"), "uploads");

        var done = await HeadlessChromium.DumpDomAsync(new Uri(Root, $"#/uploads/{uploadId}"));
        Assert.Contains("data-state=\"done\"", done, StringComparison.Ordinal);
        Assert.Contains("2 of 2 accepted articles finished: 2 processed, 0 failed", done, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"plain failures\"", done, StringComparison.Ordinal);

        // No article fails processing on demand, so one is marked failed in the store the way a grain marks it.
        await MarkFailedAsync("harbour-3", "the analysis ran out of time <b>twice</b>");
        var failed = await HeadlessChromium.DumpDomAsync(new Uri(Root, $"#/uploads/{uploadId}"));
        Assert.Contains("2 of 2 accepted articles finished: 1 processed, 1 failed", failed, StringComparison.Ordinal);
        Assert.Contains("<strong>harbour-3</strong>: the analysis ran out of time &lt;b&gt;twice&lt;/b&gt;", failed, StringComparison.Ordinal);
        await DocsScreenshots.TakeAsync(new Uri(Root, $"#/uploads/{uploadId}"), "upload-progress");
    }

    private async Task MarkFailedAsync(string key, string error)
    {
        await using var connection = new SqliteConnection($"Data Source={Gateway.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE articles SET state = 'failed', error = $error WHERE client_key = $key";
        command.Parameters.AddWithValue("$error", error);
        command.Parameters.AddWithValue("$key", key);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
