using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Corpus.Text.Articles;
using Corpus.Text.Cleaning.Html;
using Corpus.Text.Cleaning.Metadata;

namespace Corpus.Text.Cleaning;

/// <summary>
/// Cleans an HTML page: strips furniture, scores containers to find the article (Readability-style), prunes
/// what is not article inside it, and reads the metadata from JSON-LD, Open Graph, meta tags and bylines.
/// </summary>
public static class HtmlCleaner
{
    /// <summary>Script and style text, comments, positions and attributes the cleaner never reads are not even built.</summary>
    private static readonly HtmlParser Parser = new(new HtmlParserOptions
    {
        IsScripting = false,
        SkipScriptText = true,
        SkipRawText = true,
        SkipComments = true,
        SkipCDATA = true,
        SkipProcessingInstructions = true,
        DisableElementPositionTracking = true,
        ShouldEmitAttribute = UsedAttributes.ShouldEmit,
    });

    /// <summary>Extraction passes from strict to lenient; a pass that yields too little text hands over to the next.</summary>
    private static readonly ExtractionPass[] Passes =
    [
        new(StripUnlikely: true, UseClassWeights: true, CleanConditionally: true),
        new(StripUnlikely: false, UseClassWeights: true, CleanConditionally: true),
        new(StripUnlikely: false, UseClassWeights: false, CleanConditionally: true),
        new(StripUnlikely: false, UseClassWeights: false, CleanConditionally: false),
    ];

    private const int EnoughCharacters = 500;

    public static CleanArticle Clean(ArticleDraft draft)
    {
        var source = draft.Html ?? string.Empty;
        var jsonLd = JsonLdReader.Read(source);
        var html = SourcePrefilter.Strip(source);
        var document = Parser.ParseDocument(html);
        var page = new PageScan(document);
        var tags = MetaTagReader.Read(page);
        var site = draft.Source ?? jsonLd?.SiteName ?? tags.SiteName;
        var headline = page.FirstHeadline?.TextContent;
        var title = draft.Title?.Trim() ?? TitleChooser.Choose(site, jsonLd?.Title, tags.Title, headline, document.Title);

        var body = ExtractBody(document, html, page.ParagraphCharacters);
        var paragraphs = ArticleLines.Filter(body, title);
        var authors = jsonLd?.Authors.Count > 0 ? jsonLd.Authors : tags.Authors;
        if (authors.Count == 0)
        {
            authors = body.Where(Bylines.IsByline).Select(Bylines.Authors).FirstOrDefault(a => a.Count > 0) ?? [];
        }
        var published = draft.Published ?? jsonLd?.Published ?? tags.Published
            ?? body.Where(Bylines.IsByline).Select(DateParsing.FindInText).FirstOrDefault(d => d is not null);
        return new CleanArticle(title, authors, published, site, string.Join(CleanArticle.ParagraphSeparator, paragraphs));
    }

    private sealed record ExtractionPass(bool StripUnlikely, bool UseClassWeights, bool CleanConditionally);

    /// <summary>The first pass works on the parsed page itself; the rare later passes parse the page again.</summary>
    private static List<string> ExtractBody(IDocument document, string html, int pageParagraphCharacters)
    {
        List<string> best = [];
        var bestLength = -1;
        foreach (var pass in Passes)
        {
            var body = pass == Passes[0] ? document.Body : Parser.ParseDocument(html).Body;
            if (body is null)
            {
                return [];
            }
            var blocks = Extract(body, pass);
            var length = blocks.Sum(b => b.Length);
            // Short pages (teasers, briefs) are not retried when the pass already holds most of the page's paragraph text.
            if (length >= EnoughCharacters || (pass == Passes[0] && length >= pageParagraphCharacters / 2))
            {
                return blocks;
            }
            if (length > bestLength)
            {
                (best, bestLength) = (blocks, length);
            }
        }
        return best;
    }

    private static List<string> Extract(IElement body, ExtractionPass pass)
    {
        PageFurniture.Remove(body, pass.StripUnlikely);
        var stats = new TextStats(body);
        var content = new ContentScorer(stats, pass.UseClassWeights).Select(body);
        ContentPruner.Prune(content, stats, pass.CleanConditionally);
        return BlockTextWriter.Write(content);
    }
}
