using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Corpus.Text.Cleaning.Html;

/// <summary>What an element's class and id say about it: article content, or page furniture.</summary>
internal static partial class ClassHints
{
    /// <summary>+25 per positive name, -25 per negative one, for class and id separately (Readability's weights).</summary>
    public static int Weight(IElement element)
    {
        var attributes = KnownAttributes.Of(element);
        return Weight(attributes.Class) + Weight(attributes.Id);
    }

    private static int Weight(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return 0;
        }
        return (Negative().IsMatch(name) ? -25 : 0) + (Positive().IsMatch(name) ? 25 : 0);
    }

    /// <summary>Containers that are almost never the article: removed before scoring unless they also look like content.</summary>
    public static bool IsUnlikelyCandidate(KnownAttributes attributes)
    {
        var names = Names(attributes.Class, attributes.Id, attributes.Role);
        return names is not null && Unlikely().IsMatch(names) && !MaybeCandidate().IsMatch(names);
    }

    /// <summary>Furniture inside an article: share bars, bylines, captions, promos, newsletter boxes, related lists.</summary>
    public static bool IsInArticleFurniture(IElement element) =>
        KnownAttributes.Of(element) is var attributes && Names(attributes.Class, attributes.Id, null) is { } names && InArticleFurniture().IsMatch(names);

    /// <summary>Class, id (and role) in one string; null for the many elements that have none, so no regex runs for them.</summary>
    private static string? Names(string? className, string? id, string? role)
    {
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id) && string.IsNullOrEmpty(role))
        {
            return null;
        }
        return string.IsNullOrEmpty(id) && string.IsNullOrEmpty(role) ? className : className + " " + id + " " + role;
    }

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|signup|cookie|consent|promo|outbrain|taboola|trending|recommend|most-?popular|navbar|masthead|nav-|-nav", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|entry|post-?text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeCandidate();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|subscribe|caption|credit|byline|author", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"share|sharing|social|byline|author|caption|credit|related|newsletter|subscribe|signup|sign-up|promo|advert|^ad$|^ad[-_ ]|[-_ ]ad$|[-_ ]ads?[-_ ]|^ads[-_ ]|dfp|taboola|outbrain|tags|keywords|comments?\b|print|toolbar|timestamp|dateline|read-?more|more-?stories|recommended|inline-?ad|newsletter|copyright|disclaimer|video-?player|audio-?player|playlist|breadcrumb|pagination|author-?bio|bio-?box|wp-caption|image-?credit|photo-?credit", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InArticleFurniture();
}
