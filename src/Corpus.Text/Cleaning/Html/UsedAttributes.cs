using AngleSharp.Html.Parser.Tokens.Struct;

namespace Corpus.Text.Cleaning.Html;

/// <summary>The only attributes the cleaner reads; the parser drops the rest (data-*, src, srcset, href...) to save work.</summary>
internal static class UsedAttributes
{
    public static bool ShouldEmit(ref StructHtmlToken token, ReadOnlyMemory<char> name)
    {
        var span = name.Span;
        return span switch
        {
            "class" or "id" or "role" or "hidden" or "aria-hidden" or "style" or "content" or "property" or "name"
                or "itemprop" or "datetime" or "rel" or "type" => true,
            _ => false,
        };
    }
}
