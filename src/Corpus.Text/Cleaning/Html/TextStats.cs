using AngleSharp.Dom;

namespace Corpus.Text.Cleaning.Html;

/// <summary>Text measures of one element: visible characters (white space not counted), of them inside links, commas, p and li descendants.</summary>
internal readonly record struct ElementText(int Characters, int LinkCharacters, int Commas, int InlineCharacters, int InlineCommas, bool HasBlockChildren, int Paragraphs, int ListItems)
{
    public double LinkDensity => Characters == 0 ? 0 : (double)LinkCharacters / Characters;
}

/// <summary>Measures every element of a tree in one pass, so scoring never re-reads a subtree's text.</summary>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, ElementText> _stats = new(ReferenceEqualityComparer.Instance);

    public TextStats(IElement root) => Measure(root, insideLink: false);

    public ElementText this[IElement element] => _stats.TryGetValue(element, out var stats) ? stats : default;

    private ElementText Measure(IElement element, bool insideLink)
    {
        var isLink = insideLink || element.LocalName == "a";
        int characters = 0, links = 0, commas = 0, inline = 0, inlineCommas = 0, paragraphs = 0, items = 0;
        var hasBlocks = false;
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText text)
            {
                var (count, commaCount) = Count(text.Data);
                characters += count;
                commas += commaCount;
                inline += count;
                inlineCommas += commaCount;
                if (isLink)
                {
                    links += count;
                }
            }
            else if (child is IElement childElement)
            {
                var stats = Measure(childElement, isLink);
                characters += stats.Characters;
                links += stats.LinkCharacters;
                commas += stats.Commas;
                paragraphs += stats.Paragraphs + (childElement.LocalName == "p" ? 1 : 0);
                items += stats.ListItems + (childElement.LocalName == "li" ? 1 : 0);
                if (ElementKinds.IsInline(childElement))
                {
                    inline += stats.Characters;
                    inlineCommas += stats.Commas;
                    hasBlocks |= stats.HasBlockChildren;
                }
                else if (childElement.LocalName != "br")
                {
                    hasBlocks = true;
                }
            }
        }
        var result = new ElementText(characters, links, commas, inline, inlineCommas, hasBlocks, paragraphs, items);
        _stats[element] = result;
        return result;
    }

    private static (int Characters, int Commas) Count(string text)
    {
        int characters = 0, commas = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                characters++;
                if (c == ',')
                {
                    commas++;
                }
            }
        }
        return (characters, commas);
    }
}
