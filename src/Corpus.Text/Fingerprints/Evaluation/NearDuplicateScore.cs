namespace Corpus.Text.Fingerprints.Evaluation;

/// <summary>Pairwise scores of a grouping against the families: every pair of texts is a positive (same family) or a negative.</summary>
public sealed record NearDuplicateScore(
    long TruePairs,
    long PredictedPairs,
    long CorrectPairs,
    long HardNegativePairs,
    long HardNegativesMerged,
    IReadOnlyDictionary<string, (int Copies, int Found)> RecallByKind)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    /// <param name="texts">The labelled texts.</param>
    /// <param name="groupOf">The predicted group of each text (by position in <paramref name="texts"/>).</param>
    /// <param name="hardNegatives">Pairs of positions of distinct originals on the same story.</param>
    public static NearDuplicateScore Of(IReadOnlyList<LabelledText> texts, IReadOnlyList<int> groupOf, IReadOnlyList<(int A, int B)> hardNegatives)
    {
        long truePairs = 0, predicted = 0, correct = 0;
        foreach (var family in Enumerable.Range(0, texts.Count).GroupBy(i => texts[i].Family))
        {
            truePairs += Pairs(family.Count());
            foreach (var group in family.GroupBy(i => groupOf[i]))
            {
                correct += Pairs(group.Count());
            }
        }
        foreach (var group in Enumerable.Range(0, texts.Count).GroupBy(i => groupOf[i]))
        {
            predicted += Pairs(group.Count());
        }
        var position = Enumerable.Range(0, texts.Count).ToDictionary(i => texts[i].Id, StringComparer.Ordinal);
        var recallByKind = Enumerable.Range(0, texts.Count)
            .Where(i => texts[i].Kind != NearDuplicateSet.Original)
            .GroupBy(i => texts[i].Kind)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Count(i => groupOf[i] == groupOf[position[NearDuplicateSet.OriginalIdOf(texts[i].Id)]])));
        var merged = hardNegatives.Count(p => groupOf[p.A] == groupOf[p.B]);
        return new NearDuplicateScore(truePairs, predicted, correct, hardNegatives.Count, merged, recallByKind);
    }

    private static long Pairs(long n) => n * (n - 1) / 2;
}
