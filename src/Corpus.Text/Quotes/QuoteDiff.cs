namespace Corpus.Text.Quotes;

public enum DiffOp
{
    Same,

    /// <summary>Words of the canonical wording this variant leaves out.</summary>
    Missing,

    /// <summary>Words this variant has that the canonical wording does not (edits, brackets, ellipses).</summary>
    Added,
}

public sealed record DiffPart(DiffOp Op, string Text);

/// <summary>The word-level difference of a variant from the canonical wording.</summary>
public static class QuoteDiff
{
    public static IReadOnlyList<DiffPart> Between(string canonical, string variant)
    {
        var a = QuoteTokens.Split(canonical);
        var b = QuoteTokens.Split(variant);
        var pairs = WordAlignment.Pairs(a.Select(Key).ToList(), b.Select(Key).ToList());
        var parts = new List<DiffPart>();
        int i = 0, j = 0;
        foreach (var (pa, pb) in pairs.Append((a.Count, b.Count)))
        {
            for (; i < pa; i++)
            {
                Add(parts, DiffOp.Missing, a[i].Text);
            }
            for (; j < pb; j++)
            {
                Add(parts, DiffOp.Added, b[j].Text);
            }
            if (pa < a.Count)
            {
                Add(parts, DiffOp.Same, b[pb].Text);
                i++;
                j++;
            }
        }
        return parts;
    }

    private static string Key(QuoteToken token) => token.Editorial ? "[" + token.Key + "]" : token.Key;

    private static void Add(List<DiffPart> parts, DiffOp op, string text)
    {
        if (parts.Count > 0 && parts[^1].Op == op)
        {
            parts[^1] = parts[^1] with { Text = parts[^1].Text + " " + text };
        }
        else
        {
            parts.Add(new DiffPart(op, text));
        }
    }
}
