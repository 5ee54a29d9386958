using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Corpus.Text.Articles;
using Corpus.Text.Normalization;

namespace Corpus.Text.Cleaning;

/// <summary>Cleans an HTML page: the paragraphs of the article's main container, metadata from meta tags.</summary>
public static class HtmlCleaner
{
    private static readonly HtmlParser Parser = new();

    public static CleanArticle Clean(ArticleDraft draft)
    {
        var document = Parser.ParseDocument(draft.Html ?? string.Empty);
        foreach (var element in document.QuerySelectorAll("script, style, noscript, nav, header, footer, aside, form, figure, iframe").ToList())
        {
            element.Remove();
        }
        var title = draft.Title
            ?? Meta(document, "og:title")
            ?? document.QuerySelector("h1")?.TextContent.Trim()
            ?? document.Title;
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var paragraphs = (root?.QuerySelectorAll("p, h2, h3, li, blockquote") ?? Enumerable.Empty<IElement>())
            .Where(e => e.QuerySelector("p") is null)
            .Select(e => TextNormalizer.CollapseSpaces(e.TextContent.Replace('\n', ' ')))
            .Where(t => t.Length > 0 && !BoilerplateRules.IsBoilerplate(t))
            .Distinct()
            .ToList();
        var source = draft.Source ?? Meta(document, "og:site_name");
        return new CleanArticle(string.IsNullOrWhiteSpace(title) ? null : title.Trim(), [], draft.Published, source, string.Join(CleanArticle.ParagraphSeparator, paragraphs));
    }

    private static string? Meta(IDocument document, string property) =>
        document.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content")?.Trim();
}
