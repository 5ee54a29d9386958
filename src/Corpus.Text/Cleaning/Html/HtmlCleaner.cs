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
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

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
        var document = Parser.ParseDocument(draft.Html ?? string.Empty);
        var jsonLd = JsonLdReader.Read(document);
        var tags = MetaTagReader.Read(document);
        var site = draft.Source ?? jsonLd?.SiteName ?? tags.SiteName;
        var headline = document.QuerySelector("h1")?.TextContent;
        var title = draft.Title?.Trim() ?? TitleChooser.Choose(site, jsonLd?.Title, tags.Title, headline, document.Title);

        var body = ExtractBody(document);
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

    private static List<string> ExtractBody(IDocument document)
    {
        List<string> best = [];
        var bestLength = -1;
        foreach (var pass in Passes)
        {
            if (document.Body?.Clone(deep: true) is not IElement body)
            {
                return [];
            }
            var blocks = Extract(body, pass);
            var length = blocks.Sum(b => b.Length);
            if (length >= EnoughCharacters)
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
