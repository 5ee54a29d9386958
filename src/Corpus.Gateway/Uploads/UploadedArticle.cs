namespace Corpus.Gateway.Uploads;

/// <summary>One article of an upload that passed validation.</summary>
public sealed record UploadedArticle(string? Key, string? Source, string? Url, string? Title, string? Published, string? Text, string? Html);

/// <summary>One item of an upload: its line (or array index, or file) and either the article or why it was rejected.</summary>
public sealed record UploadLine(long Line, UploadedArticle? Article, string? Key, string? Error)
{
    public static UploadLine Accepted(long line, UploadedArticle article) => new(line, article, article.Key, null);

    public static UploadLine Rejected(long line, string error, string? key = null) => new(line, null, key, error);
}
