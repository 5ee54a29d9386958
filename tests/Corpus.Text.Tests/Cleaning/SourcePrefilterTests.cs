using Corpus.Text.Cleaning.Html;

namespace Corpus.Text.Tests.Cleaning;

public class SourcePrefilterTests
{
    [Theory]
    [InlineData("<p>a</p><script>var x = '<p>';</script><p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<STYLE type=\"text/css\">p{}</STYLE ><p>b</p><!-- <p>c</p> -->", "<p>b</p>")]
    [InlineData("<svg viewBox=\"0 0 1 1\"><path d=\"M0\"/></svg>x<svg/>y", "x<svg/>y")]
    [InlineData("<p>no blocks</p>", "<p>no blocks</p>")]
    [InlineData("<scripts>kept: another tag</scripts><p>x</p>", "<scripts>kept: another tag</scripts><p>x</p>")]
    [InlineData("<p>a</p><script>never closed", "<p>a</p><script>never closed")]
    [InlineData("<script>one</script><script src=x></script>", "")]
    public void Cuts_scripts_styles_svg_and_comments(string html, string expected)
    {
        Assert.Equal(expected, SourcePrefilter.Strip(html));
    }
}
