using System.Net.Http.Json;
using System.Text.Json;
using Corpus.TestSupport;

namespace Corpus.Gateway.Tests.WebUi;

/// <summary>
/// The speakers page lists the most quoted first and filters by name; a speaker's page shows their statements by
/// month, empty months included, each month linking to a search of its statements, and undated ones counted apart.
/// </summary>
public sealed class SpeakerPageTests : WebPageTest
{
    [SkippableFact]
    public async Task Speakers_come_most_quoted_first_and_a_speaker_page_shows_statements_by_month()
    {
        Skip.If(HeadlessChromium.Executable is null, HeadlessChromium.MissingMessage);
        await Gateway.UploadAsync(
            new
            {
                key = "ledger-a",
                source = "Northern Ledger",
                published = "2031-04-02",
                text = "Foreign Minister Ivo Petrak visited the valley on Monday.\n\n"
                    + "\"The river will rise before the bridge is finished,\" Petrak said.\n\n"
                    + "\"We will not wait for the rain to stop,\" Petrak added.",
            },
            new { key = "ledger-b", source = "Northern Ledger", published = "2031-06-15", text = "\"The bridge is finished at last,\" Foreign Minister Ivo Petrak said on Friday." },
            new { key = "ledger-c", source = "Northern Ledger", text = "\"Nobody expected the flood to come so early,\" Foreign Minister Ivo Petrak said." },
            new { key = "harbour-a", source = "Harbour Times", published = "2031-04-03", text = "\"We have sandbags for every street,\" Mayor Lena Brandt said on Tuesday." });
        await CorpusProgress.WaitUntilProcessedAsync(Client);
        var petrak = await SpeakerIdAsync("Ivo Petrak");
        var brandt = await SpeakerIdAsync("Lena Brandt");

        var list = await HeadlessChromium.DumpDomAsync(new Uri(Root, "#/speakers"));
        Assert.Contains("data-ready=\"true\"", list, StringComparison.Ordinal);
        var petrakRow = list.IndexOf($"<tr data-speaker=\"{petrak}\">", StringComparison.Ordinal);
        var brandtRow = list.IndexOf($"<tr data-speaker=\"{brandt}\">", StringComparison.Ordinal);
        Assert.True(petrakRow >= 0 && brandtRow > petrakRow, "Petrak, quoted more often, comes before Brandt");
        var filtered = await HeadlessChromium.DumpDomAsync(new Uri(Root, "#/speakers?q=brandt"));
        Assert.Contains($"<tr data-speaker=\"{brandt}\">", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain($"<tr data-speaker=\"{petrak}\">", filtered, StringComparison.Ordinal);
        await DocsScreenshots.TakeAsync(new Uri(Root, "#/speakers"), "speakers");

        var page = await HeadlessChromium.DumpDomAsync(new Uri(Root, $"#/speakers/{petrak}"));
        var statements = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/speakers/{petrak}/statements", UriKind.Relative));
        var byMonth = statements.GetProperty("items").EnumerateArray()
            .Select(s => s.GetProperty("published").GetString()).ToLookup(d => d?[..7]);
        Assert.Contains($"<tr data-month=\"2031-04\" data-statements=\"{byMonth["2031-04"].Count()}\">", page, StringComparison.Ordinal);
        Assert.Contains("<tr data-month=\"2031-05\" data-statements=\"0\">", page, StringComparison.Ordinal);
        Assert.Contains($"<tr data-month=\"2031-06\" data-statements=\"{byMonth["2031-06"].Count()}\">", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"#/search?speaker={petrak}&amp;from=2031-06-01&amp;to=2031-06-30\"", page, StringComparison.Ordinal);
        var undated = byMonth[null].Count();
        Assert.Contains($"{undated} statement{(undated == 1 ? string.Empty : "s")} in undated articles.", page, StringComparison.Ordinal);
        Assert.True(byMonth["2031-04"].Count() >= 2, "both statements of the April article are Petrak's");
        await DocsScreenshots.TakeAsync(new Uri(Root, $"#/speakers/{petrak}"), "speaker");
    }

    private async Task<string> SpeakerIdAsync(string name)
    {
        var speakers = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/speakers?q={Uri.EscapeDataString(name)}", UriKind.Relative));
        return speakers.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
    }
}
