using AngleSharp.Dom;

namespace Corpus.Text.Cleaning.Html;

/// <summary>
/// What the cleaner looks up across the whole parsed page, found in one walk before any extraction pass changes the
/// tree. (A CSS selector query per lookup walked every element each time, and the author selector re-read every
/// link's ancestors' class lists.)
/// </summary>
internal sealed class PageScan
{
    private readonly List<IElement> _metaTags = [];
    private readonly List<IElement> _authorElements = [];

    public PageScan(IDocument document)
    {
        if (document.DocumentElement is { } root)
        {
            Visit(root, default);
        }
    }

    /// <summary>Every meta element, in page order.</summary>
    public IReadOnlyList<IElement> MetaTags => _metaTags;

    /// <summary>The first h1.</summary>
    public IElement? FirstHeadline { get; private set; }

    /// <summary>The first time element with a datetime attribute.</summary>
    public IElement? FirstDatedTime { get; private set; }

    /// <summary>
    /// Elements naming an author, in page order: those the selector
    /// <c>[rel='author'], [itemprop='author'] [itemprop='name'], .byline a, .author-name</c> matches.
    /// </summary>
    public IReadOnlyList<IElement> AuthorElements => _authorElements;

    /// <summary>Text characters inside p elements, as the sum of every p's TextContent length (nested p count twice).</summary>
    public int ParagraphCharacters { get; private set; }

    /// <summary>What an element's ancestors make of it: how many p it is in, and whether it is in a byline or an author item.</summary>
    private readonly record struct Scope(int Paragraphs, bool InByline, bool InAuthorItem);

    private void Visit(IElement element, Scope scope)
    {
        var attributes = KnownAttributes.Of(element);
        var name = element.LocalName;
        switch (name)
        {
            case "meta":
                _metaTags.Add(element);
                break;
            case "h1":
                FirstHeadline ??= element;
                break;
            case "time" when attributes.HasDateTime:
                FirstDatedTime ??= element;
                break;
        }
        if (attributes.Rel == "author" || (scope.InAuthorItem && attributes.ItemProp == "name") || (scope.InByline && name == "a")
            || HasClass(attributes.Class, "author-name"))
        {
            _authorElements.Add(element);
        }
        var inner = new Scope(
            scope.Paragraphs + (name == "p" ? 1 : 0),
            scope.InByline || HasClass(attributes.Class, "byline"),
            scope.InAuthorItem || attributes.ItemProp == "author");
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IElement childElement)
            {
                Visit(childElement, inner);
            }
            else if (inner.Paragraphs > 0 && child is IText text)
            {
                ParagraphCharacters += text.Data.Length * inner.Paragraphs;
            }
        }
    }

    /// <summary>Whether a class attribute holds this class name (as CSS's <c>.name</c> matches it).</summary>
    private static bool HasClass(string? classes, string className)
    {
        if (classes is null || !classes.Contains(className, StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var range in classes.AsSpan().SplitAny(" \t\n\f\r"))
        {
            if (classes.AsSpan(range).SequenceEqual(className))
            {
                return true;
            }
        }
        return false;
    }
}
