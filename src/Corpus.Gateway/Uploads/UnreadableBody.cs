using Corpus.Storage.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Uploads;

internal static class UnreadableBody
{
    /// <summary>A 400 for a body that cannot be read as an upload; says what was kept when a break came after some stored batches.</summary>
    public static ProblemHttpResult Problem(string detail, string uploadId, UploadTotals kept)
    {
        if (kept.Accepted + kept.Duplicates == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unreadable upload", detail: detail);
        }
        return TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Unreadable upload",
            detail: $"{detail} {kept.Accepted} article(s) read before were stored under upload {uploadId}.",
            extensions: new Dictionary<string, object?> { ["uploadId"] = uploadId, ["accepted"] = kept.Accepted, ["duplicates"] = kept.Duplicates });
    }
}
