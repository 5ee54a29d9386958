namespace Corpus.Grains.Runtime;

public sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>Turns run at once on this node; 0 means one per core.</summary>
    public int Concurrency { get; set; }

    /// <summary>Messages leased at once, and the most one turn takes.</summary>
    public int BatchSize { get; set; } = 64;

    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Tries before a message is dead-lettered with its last error.</summary>
    public int MaxAttempts { get; set; } = 5;

    public int IdleDelayMilliseconds { get; set; } = 250;
}
