using System.Net.Http.Json;
using System.Text.Json;
using Corpus.TestSupport;

namespace Corpus.Gateway.Tests.WebUi;

/// <summary>
/// The browser page says where every statement comes from: a speaker's statements name their outlet and date and link
/// to their article, the article view shows its clean text with the statements marked, and a list cut at a page
/// offers the next one.
/// </summary>
public sealed class ArticlePageTests : WebPageTest
{
    [SkippableFact]
    public async Task Statements_name_their_outlet_and_date_and_the_article_view_marks_them()
    {
        Skip.If(HeadlessChromium.Executable is null, HeadlessChromium.MissingMessage);
        await Gateway.UploadAsync(
            new
            {
                key = "ledger-7",
                source = "Northern Ledger",
                published = "2031-04-02",
                title = "Petrak warns on river levels",
                text = "Foreign Minister Ivo Petrak visited the valley on Monday.\n\n"
                    + "\"The river will rise before the bridge is finished,\" Petrak said.\n\n"
                    + "Mayor Lena Brandt said the town was ready.",
            },
            new
            {
                key = "harbour-7",
                source = "Harbour Times",
                published = "2031-04-03",
                title = "Brandt says the town is ready",
                text = "Mayor Lena Brandt spoke to reporters on Tuesday.\n\n"
                    + "\"We have sandbags for every street,\" Brandt said.\n\n"
                    + "The council meets again next week.",
            });
        await CorpusProgress.WaitUntilProcessedAsync(Client);
        var speakers = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/speakers?q=Petrak", UriKind.Relative));
        var petrak = speakers.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Ivo Petrak");
        var statements = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/speakers/{petrak.GetProperty("id").GetString()}/statements", UriKind.Relative));
        var quoted = statements.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("text").GetString()!.Contains("river will rise", StringComparison.Ordinal));
        var articleId = quoted.GetProperty("articleId").GetString()!;

        var speakerDom = await HeadlessChromium.DumpDomAsync(new Uri(Root, $"#/speakers/{petrak.GetProperty("id").GetString()}"));
        Assert.Contains("data-ready=\"true\"", speakerDom, StringComparison.Ordinal);
        Assert.Contains("<span class=\"outlet\">Northern Ledger</span>", speakerDom, StringComparison.Ordinal);
        Assert.Contains("2031-04-02", speakerDom, StringComparison.Ordinal);
        Assert.Contains($"href=\"#/articles/{Uri.EscapeDataString(articleId)}\"", speakerDom, StringComparison.Ordinal);

        var articleDom = await HeadlessChromium.DumpDomAsync(new Uri(Root, $"#/articles/{Uri.EscapeDataString(articleId)}"));
        Assert.Contains($"data-article=\"{articleId}\"", articleDom, StringComparison.Ordinal);
        Assert.Contains("Petrak warns on river levels", articleDom, StringComparison.Ordinal);
        Assert.Contains($"<mark data-statement=\"{quoted.GetProperty("id").GetString()}\"", articleDom, StringComparison.Ordinal);
        Assert.Contains("The river will rise before the bridge is finished", articleDom, StringComparison.Ordinal);
        Assert.Contains("Foreign Minister Ivo Petrak visited the valley on Monday.", articleDom, StringComparison.Ordinal);
        await DocsScreenshots.TakeAsync(new Uri(Root, $"#/articles/{Uri.EscapeDataString(articleId)}"), "article");

        var firstOfOne = await HeadlessChromium.DumpDomAsync(new Uri(Root, "#/sources?limit=1"));
        Assert.Contains("class=\"more\"", firstOfOne, StringComparison.Ordinal);
        var whole = await HeadlessChromium.DumpDomAsync(new Uri(Root, "#/sources"));
        Assert.DoesNotContain("class=\"more\"", whole, StringComparison.Ordinal);
    }
}
