using Corpus.Gateway.Api;
using Corpus.Storage;
using Corpus.Storage.Uploads;
using Corpus.Storage.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Uploads;

/// <summary>
/// <c>Idempotency-Key</c> on <c>POST /api/uploads</c>: per client (its API key when keys are set), the same key and
/// body give the same upload and receipt however often they are sent; the same key with another body is a 422.
/// </summary>
internal static class IdempotentUploads
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 255;

    public static bool TryReadKey(HttpRequest request, out string? key, out ProblemHttpResult? problem)
    {
        key = null;
        problem = null;
        var values = request.Headers[Header];
        if (values.Count == 0)
        {
            return true;
        }
        var value = values.Count == 1 ? values[0]?.Trim() : null;
        if (string.IsNullOrEmpty(value) || value.Length > MaxKeyLength || !value.All(c => c is >= ' ' and <= '~'))
        {
            problem = Problems.BadRequest($"{Header} must be one value of 1 to {MaxKeyLength} printable ASCII characters, such as a UUID.");
            return false;
        }
        key = value;
        return true;
    }

    public static string Client(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : string.Empty;

    public static async Task<Results<Accepted<UploadReceipt>, ProblemHttpResult>> StoreAsync(
        UploadIngestor ingestor, ICorpusStore store, UploadDraft draft, string client, string key, CancellationToken ct)
    {
        var fingerprint = draft.Fingerprint();
        // A request that loses the race to claim a new key finds the winner's claim on its second look.
        for (var look = 0; look < 2; look++)
        {
            UploadRequest? earlier;
            await using (var connection = await store.OpenAsync(ct))
            {
                earlier = await UploadRequests.FindAsync(connection, client, key, ct);
            }
            if (earlier is not null && earlier.Fingerprint != fingerprint)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "Idempotency-Key already used for another upload",
                    detail: $"{Header} '{key}' was first sent with a different body (upload {earlier.UploadId}). Send a new key for a new upload.",
                    extensions: new Dictionary<string, object?> { ["uploadId"] = earlier.UploadId });
            }
            if (earlier?.Receipt is { } stored)
            {
                return Accepted(Json.Read<UploadReceipt?>(stored, null)!);
            }
            var receipt = await ingestor.StoreAsync(draft, earlier?.UploadId ?? UploadIngestor.NewUploadId(), new IdempotencyClaim(client, key, fingerprint), resuming: earlier is not null, ct);
            if (receipt is not null)
            {
                return Accepted(receipt);
            }
        }
        throw new InvalidOperationException($"{Header} '{key}' was claimed by another request but is not stored.");
    }

    public static Accepted<UploadReceipt> Accepted(UploadReceipt receipt) => TypedResults.Accepted($"/api/uploads/{receipt.Id}", receipt);
}
