using System.Text;
using AngleSharp.Dom;
using Corpus.Text.Normalization;

namespace Corpus.Text.Cleaning.Html;

/// <summary>Turns a content tree into paragraphs: one per block element (p, heading, li, blockquote, div text...).</summary>
internal sealed class BlockTextWriter
{
    private readonly List<string> _blocks = [];
    private readonly StringBuilder _current = new();

    public static List<string> Write(IEnumerable<IElement> roots)
    {
        var writer = new BlockTextWriter();
        foreach (var root in roots)
        {
            writer.Visit(root);
            writer.Flush();
        }
        return writer._blocks;
    }

    private void Visit(INode node)
    {
        if (node is IText text)
        {
            _current.Append(text.Data);
            return;
        }
        if (node is not IElement element)
        {
            return;
        }
        if (element.LocalName == "br")
        {
            Flush();
            return;
        }
        var inline = ElementKinds.IsInline(element);
        if (!inline)
        {
            Flush();
        }
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            Visit(child);
        }
        if (!inline)
        {
            Flush();
        }
        else if (element.LocalName is "td" or "th")
        {
            _current.Append(' ');
        }
    }

    private void Flush()
    {
        if (_current.Length == 0)
        {
            return;
        }
        var block = TextNormalizer.CollapseSpaces(_current.Replace('\n', ' ').Replace('\r', ' ').ToString());
        _current.Clear();
        if (block.Length > 0)
        {
            _blocks.Add(block);
        }
    }
}
