namespace Corpus.Gateway.Uploads;

/// <summary>The body as a whole cannot be read as an upload (empty, or not JSON at all): a 400, not a per-line rejection.</summary>
public sealed class UnreadableUploadException(string message) : Exception(message);
