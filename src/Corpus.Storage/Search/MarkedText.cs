using Corpus.Storage.Views;

namespace Corpus.Storage.Search;

/// <summary>Turns a text with its matches marked by the store into offsets into the plain text.</summary>
internal static class MarkedText
{
    /// <summary>The matches, or none when the marked text is not the plain text plus marks (the text held a mark character itself).</summary>
    public static IReadOnlyList<TextMatch> Matches(string marked, string plain)
    {
        var matches = new List<TextMatch>();
        var position = 0;
        var start = -1;
        foreach (var c in marked)
        {
            if (c == FullText.MatchOpen && start < 0)
            {
                start = position;
            }
            else if (c == FullText.MatchClose && start >= 0)
            {
                if (position > start)
                {
                    matches.Add(new TextMatch(start, position));
                }
                start = -1;
            }
            else if (position >= plain.Length || plain[position++] != c)
            {
                return [];
            }
        }
        return position == plain.Length && start < 0 ? matches : [];
    }
}
