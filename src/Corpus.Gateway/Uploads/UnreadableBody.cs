using Corpus.Storage.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Uploads;

internal static class UnreadableBody
{
    /// <summary>A 400 for a body that cannot be read as an upload; says what was kept when articles came before the break.</summary>
    public static ProblemHttpResult Problem(string detail, UploadReceipt? kept)
    {
        if (kept is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unreadable upload", detail: detail);
        }
        return TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Unreadable upload",
            detail: $"{detail} {kept.Accepted} article(s) read before were stored under upload {kept.Id}.",
            extensions: new Dictionary<string, object?> { ["uploadId"] = kept.Id, ["accepted"] = kept.Accepted, ["duplicates"] = kept.Duplicates });
    }

    /// <summary>A 413 for a body over the upload limit; the articles before the limit are kept, and said so.</summary>
    public static ProblemHttpResult TooLarge(long maxUploadBytes, UploadReceipt? kept) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Upload too large",
            detail: kept is null
                ? $"The body is over the {maxUploadBytes} byte limit; nothing was stored."
                : $"The body is over the {maxUploadBytes} byte limit. {kept.Accepted} article(s) read before the limit were stored under upload {kept.Id}; send the rest separately.",
            extensions: new Dictionary<string, object?> { ["uploadId"] = kept?.Id, ["accepted"] = kept?.Accepted ?? 0, ["duplicates"] = kept?.Duplicates ?? 0 });
}
