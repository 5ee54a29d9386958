namespace Corpus.Text.Statements;

/// <summary>
/// Where a reported clause with quoted words ends when the sentence runs on into narration after its first quotation:
/// "he’s “excited where we stand”, as he faces a critical test", "a “phony attack” but did not say why", "the
/// “Washington cartel” after the vote". PolNeAR's relations stop there; tuned on its train split.
/// </summary>
internal static class QuotedClauseEnd
{
    private static readonly string[] Narration = [", ", " but ", " — ", "; ", " after "];

    /// <summary>The end of the clause: before the first narration marker after <paramref name="quoteEnd"/>, or <paramref name="to"/>.</summary>
    public static int Before(string body, int quoteEnd, int to)
    {
        var end = to;
        foreach (var marker in Narration)
        {
            var at = body.IndexOf(marker, quoteEnd, end - quoteEnd, StringComparison.Ordinal);
            if (at >= 0)
            {
                end = at;
            }
        }
        return end;
    }
}
