namespace Corpus.Text.Fingerprints;

/// <summary>
/// Near-duplicate parameters. The defaults were tuned on the labelled set built by
/// <see cref="Evaluation.NearDuplicateSet"/> (see <c>corpus eval dedup</c>).
/// </summary>
/// <remarks>
/// <see cref="MaxCandidates"/> bounds the confirmations per article: only the earlier articles sharing the most buckets
/// are compared. Without it an outlet that opens many stories with one paragraph makes every new article of that
/// outlet a candidate of all the earlier ones, and the cost of an article grows with the size of the corpus.
/// <see cref="CrowdedBucket"/> bounds what a lookup reads of each bucket (<see cref="CandidateChoice"/>): without it the
/// buckets of such a paragraph hold ever more articles, all read for every article that shares them.
/// </remarks>
public sealed record DedupParameters(
    int ShingleSize,
    int Bands,
    int Rows,
    int LeadShingles,
    int LeadMinWords,
    int LeadBands,
    int LeadRows,
    double MinJaccard,
    double MinContainment,
    int MinContainedShingles,
    int MaxCandidates,
    int CrowdedBucket)
{
    public static DedupParameters Default { get; } = new(
        ShingleSize: 5, Bands: 20, Rows: 5, LeadShingles: 50, LeadMinWords: 12, LeadBands: 20, LeadRows: 2,
        MinJaccard: 0.5, MinContainment: 0.7, MinContainedShingles: 30, MaxCandidates: 16,
        CrowdedBucket: 64);

    /// <summary>FineWeb's banding (14 × 8 over word 5-grams), without the lead bands.</summary>
    public static DedupParameters FineWeb { get; } = Default with { Bands = 14, Rows = 8, LeadBands = 0, LeadRows = 0 };
}
