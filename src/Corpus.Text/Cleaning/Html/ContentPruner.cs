using AngleSharp.Dom;

namespace Corpus.Text.Cleaning.Html;

/// <summary>
/// Removes what sits inside the chosen container but is not article: share bars, bylines, captions, promos,
/// and link-heavy or text-poor blocks (Readability's conditional cleaning).
/// </summary>
internal static class ContentPruner
{
    public static void Prune(IReadOnlyList<IElement> roots, TextStats stats, bool conditional)
    {
        var total = Math.Max(1, roots.Sum(r => stats[r].Characters));
        foreach (var root in roots)
        {
            foreach (var element in root.Descendants<IElement>().ToList())
            {
                if (element.ParentElement is null || IsDetached(element, root))
                {
                    continue;
                }
                if (ShouldRemove(element, stats, total, conditional))
                {
                    element.Remove();
                }
            }
        }
    }

    private static bool IsDetached(IElement element, IElement root)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor == root)
            {
                return false;
            }
        }
        return true;
    }

    private static bool ShouldRemove(IElement element, TextStats stats, int total, bool conditional)
    {
        var text = stats[element];
        if (element.LocalName == "h1")
        {
            return true;
        }
        if (ClassHints.IsInArticleFurniture(element) && text.Characters < total * 0.3)
        {
            return true;
        }
        if (!conditional || element.LocalName is not ("div" or "section" or "ul" or "ol" or "table" or "header" or "span"))
        {
            return false;
        }
        var weight = ClassHints.Weight(element);
        if (weight < 0 && text.Characters < total * 0.3)
        {
            return true;
        }
        if (text.Commas >= 10)
        {
            return false;
        }
        var paragraphs = text.Paragraphs;
        var items = text.ListItems - 100;
        var isList = element.LocalName is "ul" or "ol";
        return (!isList && items > paragraphs && text.Characters < total * 0.3)
            || (text.Characters < 25 && element.LocalName != "span" && !ElementKinds.IsHeading(element) && element.QuerySelector("p, h2, h3, h4") is null && text.InlineCharacters < 25)
            || (weight < 25 && text.LinkDensity > 0.2 && text.Characters < total * 0.5)
            || (weight >= 25 && text.LinkDensity > 0.5);
    }
}
