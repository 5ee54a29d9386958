using AngleSharp.Dom;

namespace Corpus.Text.Cleaning.Html;

/// <summary>Removes what is never article text: scripts, navigation, forms, hidden elements, and (first pass) unlikely containers.</summary>
internal static class PageFurniture
{
    public static void Remove(IElement body, bool stripUnlikely)
    {
        var doomed = new List<IElement>();
        Collect(body, stripUnlikely, doomed);
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static void Collect(IElement element, bool stripUnlikely, List<IElement> doomed)
    {
        foreach (var child in element.Children)
        {
            if (IsFurniture(child, stripUnlikely))
            {
                doomed.Add(child);
            }
            else
            {
                Collect(child, stripUnlikely, doomed);
            }
        }
    }

    private static bool IsFurniture(IElement element, bool stripUnlikely)
    {
        // ASP.NET pages wrap the whole page in one form; only small forms (search, sign-up) are furniture.
        if (element.LocalName == "form")
        {
            return element.Descendants<IElement>().Where(e => e.LocalName == "p").Take(3).Count() < 3;
        }
        if (ElementKinds.IsJunk(element))
        {
            return true;
        }
        var attributes = KnownAttributes.Of(element);
        if (attributes.Hidden || IsHiddenByStyle(attributes.Style) || attributes.AriaHidden == "true"
            || attributes.Role is "navigation" or "complementary" or "contentinfo" or "banner" or "dialog")
        {
            return true;
        }
        return stripUnlikely && element.LocalName is not ("article" or "main" or "a" or "body" or "p")
            && ClassHints.IsUnlikelyCandidate(attributes);
    }

    private static bool IsHiddenByStyle(string? style)
    {
        return style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }
}
