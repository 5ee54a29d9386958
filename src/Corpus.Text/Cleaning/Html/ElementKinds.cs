using AngleSharp.Dom;

namespace Corpus.Text.Cleaning.Html;

/// <summary>HTML element groups the extractor reasons about.</summary>
internal static class ElementKinds
{
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "label", "img", "strike", "del", "ins", "tt", "big",
    };

    private static readonly HashSet<string> Junk = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "iframe", "svg", "button", "select", "input", "textarea", "template",
        "object", "embed", "canvas", "video", "audio", "nav", "aside", "footer", "figure", "figcaption", "link", "meta", "dialog", "menu",
        "picture", "source", "map",
    };

    public static bool IsInline(IElement element) => Inline.Contains(element.LocalName);

    public static bool IsJunk(IElement element) => Junk.Contains(element.LocalName);

    public static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    public static bool IsParagraph(IElement element) => element.LocalName is "p" or "pre";
}
