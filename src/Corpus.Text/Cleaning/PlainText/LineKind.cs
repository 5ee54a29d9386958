namespace Corpus.Text.Cleaning.PlainText;

/// <summary>What a line of page text looks like on its own.</summary>
internal enum LineKind
{
    /// <summary>A sentence or paragraph: long enough and ending like prose.</summary>
    Prose,

    /// <summary>Short text without sentence punctuation: a menu item, heading, headline or label.</summary>
    Short,

    /// <summary>A byline or a date/time line.</summary>
    Byline,

    /// <summary>Known furniture: ads, credits, sign-up prompts, player widgets, copyright.</summary>
    Furniture,

    /// <summary>A headline printed twice in a row or a line repeated elsewhere: link lists, teasers.</summary>
    Repeated,

    /// <summary>The header of a related list or share bar: usually after the article, sometimes inside it.</summary>
    ListHeader,

    /// <summary>The header of a more-from-us, recommended or most-popular list: the article is most likely over.</summary>
    Teasers,

    /// <summary>The header of a comment section: the article is over.</summary>
    Comments,
}
