using Corpus.Text.Cleaning.Html;

namespace Corpus.Text.Cleaning.Metadata;

/// <summary>Open Graph, article:*, Dublin Core, Parse.ly and plain meta tags, plus time[datetime] and rel=author.</summary>
internal static class MetaTagReader
{
    private static readonly string[] TitleKeys = ["og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title"];
    private static readonly string[] DateKeys =
    [
        "article:published_time", "og:published_time", "datePublished", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate",
        "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "article.published", "published_time", "cxenseparse:recs:publishtime",
    ];
    private static readonly string[] AuthorKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"];
    private static readonly string[] SiteKeys = ["og:site_name", "application-name", "publisher", "twitter:site"];

    public static PageMetadata Read(PageScan page)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in page.MetaTags)
        {
            var key = tag.GetAttribute("property") ?? tag.GetAttribute("name") ?? tag.GetAttribute("itemprop");
            var content = tag.GetAttribute("content")?.Trim();
            if (key is not null && !string.IsNullOrEmpty(content))
            {
                meta.TryAdd(key.Trim(), content);
            }
        }
        var published = DateKeys.Select(k => DateParsing.Parse(meta.GetValueOrDefault(k))).FirstOrDefault(d => d is not null)
            ?? DateParsing.Parse(page.FirstDatedTime?.GetAttribute("datetime"));
        var authors = AuthorKeys.Select(k => meta.GetValueOrDefault(k))
            .OfType<string>()
            .Select(a => a.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? a[3..] : a)
            .Select(Bylines.SplitNames)
            .FirstOrDefault(names => names.Count > 0)
            ?? page.AuthorElements
                .Select(e => e.TextContent.Trim())
                .SelectMany(Bylines.SplitNames)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
        var site = SiteKeys.Select(k => meta.GetValueOrDefault(k)).FirstOrDefault(s => s is not null && !s.StartsWith('@'));
        return new PageMetadata(TitleKeys.Select(k => meta.GetValueOrDefault(k)).FirstOrDefault(t => t is not null), authors, published, site);
    }
}
