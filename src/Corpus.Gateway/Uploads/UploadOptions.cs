namespace Corpus.Gateway.Uploads;

public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Largest <c>text</c> or <c>html</c> of one article; a longer line is rejected alone.</summary>
    public long MaxArticleBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>Largest upload body, read as a stream.</summary>
    public long MaxUploadBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Most articles committed per transaction once an upload is read, and held in memory while it is read.</summary>
    public int CommitBatchSize { get; set; } = 500;

    /// <summary>Characters of text and HTML after which a batch is committed even if it has fewer articles.</summary>
    public long CommitBatchBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Rejections listed in one answer; later ones are counted but not listed.</summary>
    public int MaxListedRejections { get; set; } = 10_000;
}
