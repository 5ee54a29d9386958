using System.Collections.Frozen;

namespace Corpus.Text.Speakers;

/// <summary>
/// Determiners, quantifiers, conjunctions, prepositions, pronouns and common adverbs: words that open a sentence
/// capitalised ("Neither Ivo Marek nor …", "Another Marek adviser …") but never begin a name. Modals and words that
/// are also given names ("Will", "May") are left out so that real names survive.
/// </summary>
public static class ClosedClassWords
{
    /// <summary>Words that modify the word after them rather than open a clause: determiners, quantifiers, possessives, focusing adverbs.</summary>
    private static readonly FrozenSet<string> Modifiers = new[]
    {
        "a", "an", "this", "that", "these", "those", "another", "other", "each", "every", "either", "neither", "both", "all", "any",
        "some", "many", "much", "most", "more", "few", "fewer", "several", "such", "no", "none", "own", "whatever", "whichever",
        "my", "our", "your", "his", "her", "its", "their", "just", "only", "even", "also", "very", "too", "almost", "nearly",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Words = Modifiers.Concat(new[]
    {
        // conjunctions and subordinators
        "and", "or", "nor", "but", "yet", "so", "if", "unless", "because", "although", "though", "while", "whereas", "whether",
        "since", "until", "once", "as", "than", "when", "where", "why", "how", "what", "which", "who", "whom", "whose",
        // prepositions
        "about", "above", "across", "after", "against", "along", "amid", "among", "around", "at", "before", "behind", "below",
        "beneath", "beside", "besides", "between", "beyond", "by", "despite", "during", "except", "for", "from", "in", "inside",
        "into", "like", "near", "of", "off", "on", "onto", "outside", "over", "through", "throughout", "to",
        "toward", "towards", "under", "unlike", "upon", "versus", "via", "with", "within", "without", "according",
        // pronouns and possessives
        "i", "me", "we", "us", "you", "he", "him", "she", "it", "they", "them",
        "someone", "somebody", "everyone", "everybody", "anyone", "nobody",
        // common sentence adverbs
        "still", "then", "now", "here", "there", "maybe", "perhaps", "however", "instead",
        "indeed", "meanwhile", "later", "earlier", "again", "already", "often", "never", "always", "ever",
        "not", "thus", "hence", "therefore", "moreover", "furthermore", "otherwise", "rather", "soon", "today",
        "yesterday", "tomorrow", "tonight", "yes", "oh", "well", "please", "certainly", "clearly", "apparently", "finally",
    }).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifierLookup = Modifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Statements.WordShapeFilter Shapes = new(Words);

    private static readonly Statements.WordShapeFilter ModifierShapes = new(Modifiers);

    /// <summary>True for a closed-class word in any case ("Neither", "neither", "Here’s"); trailing punctuation is not part of the word.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => In(Lookup, Shapes, word);

    /// <summary>True for a determiner, quantifier, possessive or focusing adverb, which modifies the word after it.</summary>
    public static bool Modifies(ReadOnlySpan<char> word) => In(ModifierLookup, ModifierShapes, word);

    private static bool In(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, Statements.WordShapeFilter shapes, ReadOnlySpan<char> word)
    {
        word = word.TrimEnd(".,;:");
        if (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal))
        {
            // "Here’s Marek", "That’s Marek": a contraction with "is".
            word = word[..^2];
        }
        if (word.Length == 0 || word.Length > 12 || !shapes.MayContain(word))
        {
            return false;
        }
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return set.Contains(lower);
    }
}
