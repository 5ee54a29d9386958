namespace Corpus.Storage.Views;

/// <param name="State">"incomplete" (its articles are not all stored: the node stopped while storing them), "processing" or "done".</param>
public record UploadSummary(
    string Id, string State, DateTimeOffset ReceivedAt, long Received, long Accepted, long Processed, long Failed, long Duplicates, long Rejected);

/// <param name="Failures">The articles whose processing failed, in upload order (at most <see cref="UploadQueries.MaxListedFailures"/>).</param>
public sealed record UploadView(
    string Id, string State, DateTimeOffset ReceivedAt, long Received, long Accepted, long Processed, long Failed, long Duplicates, long Rejected, IReadOnlyList<ArticleFailure> Failures)
    : UploadSummary(Id, State, ReceivedAt, Received, Accepted, Processed, Failed, Duplicates, Rejected);

/// <param name="Key">The client's key, or null when the article was uploaded without one.</param>
public sealed record ArticleFailure(string? Key, string ArticleId, string Reason);
