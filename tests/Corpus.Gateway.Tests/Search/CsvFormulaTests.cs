using System.Net;
using Corpus.Gateway.Search;
using Corpus.Gateway.Tests.Infrastructure;
using Corpus.TestSupport;

namespace Corpus.Gateway.Tests.Search;

/// <summary>
/// The CSV export never hands a spreadsheet a formula: a cell starting with = + - @, a tab or a carriage return gets a
/// leading apostrophe (OWASP, CSV injection), and the cell is quoted.
/// </summary>
public sealed class CsvFormulaTests
{
    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+41 22 000", "\"'+41 22 000\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1:A9)", "\"'@SUM(A1:A9)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("a = b", "a = b")]
    [InlineData("2019-12-03", "2019-12-03")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_cell_a_spreadsheet_would_read_as_a_formula_is_defused(string? field, string cell) =>
        Assert.Equal(cell, StatementExport.Cell(field));

    [Fact]
    public async Task An_outlet_named_like_a_formula_is_exported_as_text()
    {
        using var factory = new CorpusFactory();
        using var client = factory.CreateClient();
        const string outlet = "=HYPERLINK(\"http://evil.example\",\"Daily\")";
        using var upload = await client.PostAsync("/api/uploads", Articles.Ndjson(new { key = "evil-1", source = outlet, published = "2024-03-04", text = Articles.Text(1) }));
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        await CorpusProgress.WaitUntilProcessedAsync(client);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/statements");
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await client.SendAsync(request);
        var rows = Csv.Parse(await response.Content.ReadAsStringAsync());

        Assert.True(rows.Count > 1, "the article's statements are exported");
        Assert.All(rows.Skip(1), row => Assert.Equal("'" + outlet, row[7]));
    }
}
