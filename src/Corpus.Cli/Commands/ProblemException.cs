namespace Corpus.Cli.Commands;

/// <summary>The server answered with an error: an RFC 7807 problem's title and detail, or the status and body.</summary>
internal sealed class ProblemException(int status, string title, string? detail)
    : Exception(detail is null ? title : $"{title}: {detail}")
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public string? Detail { get; } = detail;
}
