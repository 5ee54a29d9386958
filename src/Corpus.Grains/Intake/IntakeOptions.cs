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
    /// Settled articles whose near-copy buckets are written to the store together (see <c>DedupBuckets</c>). Past a few
    /// thousand articles a batch dirties nearly every page of the bucket index, and that index grows with the corpus,
    /// so the pages written per article are the index's pages divided by the batch. The intake keeps the batch's
    /// buckets in memory (about 2 KB an article) and reads them back from their texts when it starts.
    /// </summary>
    public int IndexBatchArticles { get; set; } = 16_384;
}
