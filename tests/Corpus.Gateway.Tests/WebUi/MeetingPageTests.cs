using System.Net.Http.Json;
using System.Text.Json;
using Corpus.TestSupport;

namespace Corpus.Gateway.Tests.WebUi;

/// <summary>
/// Loads two outlets' reports of one meeting into a fresh gateway on a real port and opens the browser page
/// in headless chromium: the meeting view shows one column per outlet with each outlet's statements, and the
/// quote view shows each outlet's wording.
/// </summary>
public sealed class MeetingPageTests : WebPageTest
{
    [SkippableFact]
    public async Task Meeting_page_shows_one_column_per_outlet_and_the_quote_page_each_wording()
    {
        Skip.If(HeadlessChromium.Executable is null, HeadlessChromium.MissingMessage);
        await Gateway.UploadAsync(
            new
            {
                key = "ledger-1",
                source = "Northern Ledger",
                published = "2031-03-13",
                title = "Hutton and Petrak agree on the crossing",
                text = "President Dale Hutton met with Foreign Minister Ivo Petrak on Tuesday at the White House.\n\n"
                    + "\"We agreed to open the northern crossing before the winter comes to the valley,\" Petrak said.\n\n"
                    + "The two men spoke for an hour.",
            },
            new
            {
                key = "harbour-1",
                source = "Harbour Times",
                published = "2031-03-12",
                title = "Crossing to open, Petrak says",
                text = "Foreign Minister Ivo Petrak held talks with President Dale Hutton on Tuesday in the Oval Office.\n\n"
                    + "\"We agreed to open the northern crossing before the winter,\" Petrak said.\n\n"
                    + "Farmers welcomed the news.",
            });
        await CorpusProgress.WaitUntilProcessedAsync(Client);
        var meeting = await FirstAsync("/api/meetings", m => m.GetProperty("sources").GetArrayLength() == 2 && m.GetProperty("statementCount").GetInt64() >= 2);
        var meetingId = meeting.GetProperty("id").GetString()!;

        var dom = await HeadlessChromium.DumpDomAsync(new Uri(Root, $"#/meetings/{meetingId}"));

        Assert.Contains("data-ready=\"true\"", dom, StringComparison.Ordinal);
        Assert.Contains($"data-meeting=\"{meetingId}\"", dom, StringComparison.Ordinal);
        Assert.Contains("<th class=\"outlet\" data-outlet=\"Northern Ledger\">", dom, StringComparison.Ordinal);
        Assert.Contains("<th class=\"outlet\" data-outlet=\"Harbour Times\">", dom, StringComparison.Ordinal);
        Assert.Contains("before the winter comes to the valley", dom, StringComparison.Ordinal);
        Assert.Contains("Ivo Petrak", dom, StringComparison.Ordinal);
        await DocsScreenshots.TakeAsync(new Uri(Root, $"#/meetings/{meetingId}"), "meeting");

        var quote = await FirstAsync("/api/quotes?minSources=2", _ => true);
        var quoteDom = await HeadlessChromium.DumpDomAsync(new Uri(Root, $"#/quotes/{quote.GetProperty("id").GetString()}"));
        Assert.Contains("class=\"column\" data-outlet=\"Northern Ledger\"", quoteDom, StringComparison.Ordinal);
        Assert.Contains("class=\"column\" data-outlet=\"Harbour Times\"", quoteDom, StringComparison.Ordinal);
        Assert.Contains("<span class=\"missing\">comes to the valley</span>", quoteDom, StringComparison.Ordinal);
        await DocsScreenshots.TakeAsync(new Uri(Root, $"#/quotes/{quote.GetProperty("id").GetString()}"), "quote");
    }

    private async Task<JsonElement> FirstAsync(string path, Func<JsonElement, bool> wanted)
    {
        var page = await Client.GetFromJsonAsync<JsonElement>(new Uri(path, UriKind.Relative));
        return page.GetProperty("items").EnumerateArray().First(wanted);
    }
}
