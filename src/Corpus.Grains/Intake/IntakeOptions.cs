namespace Corpus.Grains.Intake;

public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>
    /// Articles being analysed at once across the cluster. Enough to keep every silo's analysis slots busy while the
    /// intake waits for the earliest one and while it stores a pass (the window is refilled only between passes); each
    /// holds its analysis in the intake's memory until it is settled.
    /// </summary>
    public int Window { get; set; } = 1024;

    /// <summary>The most articles one settling pass takes.</summary>
    public int MaxPass { get; set; } = 1000;

    /// <summary>
    /// Settled articles whose near-copy buckets are written to the store together (see <c>DedupBuckets</c>): enough
    /// that a batch dirties each page of the bucket index about once, instead of a page for nearly every bucket; the
    /// intake keeps up to this many articles' buckets in memory and reads them back from their texts when it starts.
    /// </summary>
    public int IndexBatchArticles { get; set; } = 4096;
}
