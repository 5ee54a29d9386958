using Corpus.Text.Fingerprints;
using Corpus.Text.Normalization;

namespace Corpus.Text.Quotes;

/// <summary>
/// The keys under which a wording is looked up among a speaker's quotes: its content words of lowest hash (a bottom-k
/// sketch). Two wordings of one quote share most of their content words, so they share a key unless the shorter is a
/// small piece of the longer; the word alignment in <see cref="QuoteWording"/> then confirms or rejects each candidate.
/// Function words are left out because every quote has them: keyed by "the" and "we", a turn read nearly all a speaker
/// had ever said, and short wordings were compared with long quotes they only share such words with.
/// </summary>
public static class QuoteSketch
{
    public const int Size = 16;

    /// <summary>Fewer content words than this and a wording is keyed by all its words.</summary>
    private const int MinimumContentWords = 3;

    /// <summary>One key per word kept; two wordings are candidates when any key is equal.</summary>
    public static IReadOnlyList<ulong> Keys(string text) => Keys(QuoteWording.Words(text));

    /// <summary><see cref="Keys(string)"/> of a wording already split into <see cref="QuoteWording.Words"/>.</summary>
    public static IReadOnlyList<ulong> Keys(IReadOnlyList<string> wordingWords)
    {
        var content = wordingWords.Where(w => !FunctionWords.Contains(w)).Distinct(StringComparer.Ordinal).ToList();
        var words = content.Count >= MinimumContentWords ? content : wordingWords.Distinct(StringComparer.Ordinal);
        return [.. words.Select(Hash64.Of).Order().Take(Size)];
    }
}
