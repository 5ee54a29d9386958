using AngleSharp.Dom;

namespace Corpus.Text.Cleaning.Html;

/// <summary>
/// The attributes the cleaner reasons about, read in one loop over an element's few kept attributes (see
/// <see cref="UsedAttributes"/>): each GetAttribute call would lower-case the name and search the list again.
/// </summary>
internal readonly record struct KnownAttributes(
    string? Class, string? Id, string? Role, string? Style, string? AriaHidden, bool Hidden, string? ItemProp, string? Rel, bool HasDateTime)
{
    public static KnownAttributes Of(IElement element)
    {
        string? className = null, id = null, role = null, style = null, ariaHidden = null, itemProp = null, rel = null;
        bool hidden = false, hasDateTime = false;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "class":
                    className ??= attribute.Value;
                    break;
                case "id":
                    id ??= attribute.Value;
                    break;
                case "role":
                    role ??= attribute.Value;
                    break;
                case "style":
                    style ??= attribute.Value;
                    break;
                case "aria-hidden":
                    ariaHidden ??= attribute.Value;
                    break;
                case "hidden":
                    hidden = true;
                    break;
                case "itemprop":
                    itemProp ??= attribute.Value;
                    break;
                case "rel":
                    rel ??= attribute.Value;
                    break;
                case "datetime":
                    hasDateTime = true;
                    break;
            }
        }
        return new KnownAttributes(className, id, role, style, ariaHidden, hidden, itemProp, rel, hasDateTime);
    }
}
