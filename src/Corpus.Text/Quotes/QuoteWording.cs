namespace Corpus.Text.Quotes;

/// <summary>
/// Decides whether two statements report the same words: the shorter wording's words, in order, must be
/// found in the longer one in runs of two or more (a word alignment), so truncated, ellipsis-spliced and bracket-edited
/// versions match while sentences that merely share common words here and there do not.
/// </summary>
public static class QuoteWording
{
    /// <summary>Share of the shorter wording's words that the alignment must find in the longer one.</summary>
    public const double MinimumContainment = 0.7;

    /// <summary>Fewer aligned words than this is a common phrase, not a shared quote.</summary>
    public const int MinimumAligned = 4;

    public static IReadOnlyList<string> Words(string text) => QuoteTokens.Keys(QuoteTokens.Split(text));

    /// <returns>
    /// Containment: the share of the shorter wording found, in order, in the longer one (0 when too few words align);
    /// overlap: aligned words over the longer wording's, to prefer the closer of two quotes that both contain a wording.
    /// </returns>
    public static (double Containment, double Overlap) Compare(string a, string b) => Compare(Words(a), Words(b));

    /// <summary><see cref="Compare(string, string)"/> of wordings already split into <see cref="Words"/>.</summary>
    public static (double Containment, double Overlap) Compare(IReadOnlyList<string> wa, IReadOnlyList<string> wb)
    {
        var shorter = wa.Count <= wb.Count ? wa : wb;
        var longer = ReferenceEquals(shorter, wa) ? wb : wa;
        return Score(WordAlignment.AlignedInRuns(shorter, longer), shorter.Count, longer.Count);
    }

    /// <summary>What <see cref="Compare(string, string)"/> makes of an alignment of <paramref name="aligned"/> words.</summary>
    public static (double Containment, double Overlap) Score(int aligned, int shorter, int longer) =>
        aligned < MinimumAligned ? (0, 0) : ((double)aligned / shorter, (double)aligned / longer);

    public static bool SameQuote(string a, string b) => Compare(a, b).Containment >= MinimumContainment;

    /// <summary>The canonical wording: the one with the most of the speaker's own words; on a tie, the one with fewer edits.</summary>
    public static string Fullest(IEnumerable<string> wordings) => Fullest(wordings.Select(PreparedWording.Of)).Text;

    /// <summary><see cref="Fullest(IEnumerable{string})"/> of wordings already split.</summary>
    public static PreparedWording Fullest(IEnumerable<PreparedWording> wordings) =>
        wordings.Aggregate((fullest, w) => IsFuller(Rank(w), Rank(fullest)) ? w : fullest);

    /// <summary>What <see cref="Fullest(IEnumerable{PreparedWording})"/> ranks a wording by.</summary>
    public static (int Words, int Edits, string Text) Rank(PreparedWording wording) => (wording.Words.Count, wording.Edits, wording.Text);

    /// <summary>More of the speaker's own words; on a tie, fewer edits; then the text in ordinal order, so that the choice never depends on the order.</summary>
    public static bool IsFuller((int Words, int Edits, string Text) a, (int Words, int Edits, string Text) b) =>
        a.Words != b.Words ? a.Words > b.Words
        : a.Edits != b.Edits ? a.Edits < b.Edits
        : string.CompareOrdinal(a.Text, b.Text) < 0;
}
