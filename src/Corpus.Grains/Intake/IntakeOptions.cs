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
}
