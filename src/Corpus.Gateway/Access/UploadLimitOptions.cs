namespace Corpus.Gateway.Access;

/// <summary>
/// How much one client (an API key, or an address when no keys are configured) may upload. The defaults let a
/// well-behaved client (the CLI, a script sending chunks back to back) through and stop a flood; the concurrency
/// limit is what bounds the memory and connections one client can hold.
/// </summary>
public sealed class UploadLimitOptions
{
    public const string Section = "Limits";

    /// <summary>Uploads a client may start per minute on average; 0 turns the rate limit off.</summary>
    public int UploadsPerMinute { get; set; } = 600;

    /// <summary>Uploads a client may start at once after being idle (the token bucket's size).</summary>
    public int UploadBurst { get; set; } = 100;

    /// <summary>Uploads of one client that may be read at the same time; 0 turns the limit off.</summary>
    public int ConcurrentUploads { get; set; } = 8;
}
