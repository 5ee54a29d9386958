using System.Net;
using System.Text.RegularExpressions;
using Corpus.TestSupport;

namespace Corpus.Gateway.Tests.WebUi;

/// <summary>
/// The search page finds statements by words and filters, marks the matched words as elements (never as markup taken
/// from the data), lists newest first or most relevant first, offers the next page, and links to the same search as
/// CSV and NDJSON.
/// </summary>
public sealed partial class SearchPageTests : WebPageTest
{
    [SkippableFact]
    public async Task Search_marks_the_matched_words_filters_by_outlet_pages_and_links_the_export()
    {
        Skip.If(HeadlessChromium.Executable is null, HeadlessChromium.MissingMessage);
        await Gateway.UploadAsync(
            new
            {
                key = "ledger-9",
                source = "Northern Ledger",
                published = "2031-05-02",
                title = "Petrak warns on river levels",
                text = "Foreign Minister Ivo Petrak visited the valley on Monday.\n\n"
                    + "\"The river will rise before the bridge is finished,\" Petrak said.\n\n"
                    + "\"Nobody should build <img src=x onerror=alert(1)> near the river,\" Petrak added.",
            },
            new
            {
                key = "harbour-9",
                source = "Harbour Times",
                published = "2031-05-03",
                title = "Brandt says the town is ready",
                text = "Mayor Lena Brandt spoke to reporters on Tuesday.\n\n"
                    + "\"We have sandbags for every street along the river,\" Brandt said.\n\n"
                    + "The council meets again next week.",
            });
        await CorpusProgress.WaitUntilProcessedAsync(Client);

        var everywhere = await HeadlessChromium.DumpDomAsync(new Uri(Root, "#/search?q=river"));
        Assert.Contains("data-ready=\"true\"", everywhere, StringComparison.Ordinal);
        Assert.Contains("<mark>river</mark> will rise before the bridge is finished", everywhere, StringComparison.Ordinal);
        Assert.Contains("sandbags for every street along the <mark>river</mark>", everywhere, StringComparison.Ordinal);
        Assert.Contains("build &lt;img src=x onerror=alert(1)&gt; near", everywhere, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", everywhere, StringComparison.Ordinal);
        Assert.Contains("Newest first.", everywhere, StringComparison.Ordinal);
        Assert.True(
            everywhere.IndexOf("sandbags for every street", StringComparison.Ordinal) < everywhere.IndexOf("will rise before the bridge", StringComparison.Ordinal),
            "The statement of 3 May comes before the statement of 2 May.");
        var ranked = await HeadlessChromium.DumpDomAsync(new Uri(Root, "#/search?q=river&sort=relevance"));
        Assert.Contains("<option value=\"relevance\" selected=\"selected\">", ranked, StringComparison.Ordinal);
        Assert.Contains("Most relevant first, then newest.", ranked, StringComparison.Ordinal);
        Assert.Contains("sort=relevance&amp;format=csv", ranked, StringComparison.Ordinal);
        await DocsScreenshots.TakeAsync(new Uri(Root, "#/search?q=river"), "search");

        var oneOutlet = await HeadlessChromium.DumpDomAsync(new Uri(Root, "#/search?q=river&source=Harbour%20Times"));
        Assert.Contains("<option value=\"Harbour Times\" selected=\"selected\">", oneOutlet, StringComparison.Ordinal);
        Assert.Contains("sandbags for every street", oneOutlet, StringComparison.Ordinal);
        Assert.DoesNotContain("before the bridge is finished", oneOutlet, StringComparison.Ordinal);
        var csvLink = WebUtility.HtmlDecode(CsvHref().Match(oneOutlet).Groups[1].Value);
        Assert.Equal("/api/statements?q=river&source=Harbour+Times&format=csv", csvLink);
        var csv = await Client.GetStringAsync(new Uri(csvLink, UriKind.Relative));
        Assert.Contains("sandbags for every street", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("before the bridge is finished", csv, StringComparison.Ordinal);
        Assert.Contains("data-format=\"ndjson\"", oneOutlet, StringComparison.Ordinal);

        var firstOfTwo = await HeadlessChromium.DumpDomAsync(new Uri(Root, "#/search?q=river&source=Northern%20Ledger&limit=1"));
        Assert.Contains("data-results=\"1\"", firstOfTwo, StringComparison.Ordinal);
        Assert.Contains("class=\"more\"", firstOfTwo, StringComparison.Ordinal);

        var refused = await HeadlessChromium.DumpDomAsync(new Uri(Root, "#/search?q=river&from=2031-05-04&to=2031-05-01"));
        Assert.Contains("from must not be later than to.", refused, StringComparison.Ordinal);
        using var unknownFormat = await Client.GetAsync(new Uri("/api/statements?q=river&format=xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, unknownFormat.StatusCode);
    }

    [GeneratedRegex("<a href=\"([^\"]+)\"[^>]*data-format=\"csv\"")]
    private static partial Regex CsvHref();
}
