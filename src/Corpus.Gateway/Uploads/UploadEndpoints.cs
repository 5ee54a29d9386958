using Corpus.Gateway.Api;
using Corpus.Storage;
using Corpus.Storage.Views;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Corpus.Gateway.Uploads;

public static class UploadEndpoints
{
    public static RouteGroupBuilder MapUploads(this RouteGroupBuilder api)
    {
        var uploads = api.MapGroup("/uploads").WithTags("Uploads");
        uploads.MapPost("/", UploadAsync)
            .Accepts<UploadedArticle[]>("application/x-ndjson", "application/json", "multipart/form-data")
            .DisableAntiforgery();
        uploads.MapGet("/", ListAsync);
        uploads.MapGet("/{id}", GetAsync);
        return api;
    }

    private static async Task<Results<Accepted<UploadReceipt>, ProblemHttpResult>> UploadAsync(
        HttpContext context, UploadIngestor ingestor, ICorpusStore store, IOptions<UploadOptions> options, IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var o = options.Value;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = o.MaxUploadBytes;
        }
        if (!IdempotentUploads.TryReadKey(context.Request, out var idempotencyKey, out var keyProblem))
        {
            return keyProblem!;
        }
        var parser = new ArticleParser(o.MaxArticleBytes);
        var body = new EndTrackingStream(context.Request.Body);
        var mediaType = MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;
        IAsyncEnumerable<UploadLine>? lines = mediaType switch
        {
            "application/x-ndjson" or "application/ndjson" or "application/jsonl" or "application/json-lines" =>
                NdjsonReader.ReadAsync(context.Request.BodyReader, parser, o.MaxArticleBytes + (64 * 1024), ct).FailWhenEmpty("one article per line", ct),
            "application/json" => JsonArrayReader.ReadBodyAsync(context.Request.Body, parser, ct).FailWhenEmpty("an array of articles", ct),
            "multipart/form-data" when HeaderUtilities.RemoveQuotes(parsed!.Boundary).Value is { Length: > 0 } boundary =>
                MultipartUploadReader.ReadAsync(boundary, body, parser, o.MaxArticleBytes, ct).FailWhenEmpty("one or more files", ct),
            _ => null,
        };
        if (lines is null)
        {
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported upload type",
                $"Send application/x-ndjson (one article per line), application/json (an array) or multipart/form-data files; got '{context.Request.ContentType}'.");
        }

        // Nothing is stored until the body is read to its end: a request that breaks off (the exceptions not caught
        // here) leaves nothing. Once read, storing goes on even if the client hangs up, so that a re-send under the same
        // Idempotency-Key finds the receipt.
        await using var draft = ingestor.NewDraft();
        var storing = lifetime.ApplicationStopping;
        try
        {
            await draft.ReadAsync(lines, ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return UnreadableBody.TooLarge(o.MaxUploadBytes, await StoreWhatWasReadAsync(ingestor, draft, storing));
        }
        catch (Exception ex) when (ex is UnreadableUploadException or InvalidDataException || (ex is IOException && body.ReachedEnd))
        {
            return UnreadableBody.Problem(ex.Message, await StoreWhatWasReadAsync(ingestor, draft, storing));
        }
        return idempotencyKey is null
            ? IdempotentUploads.Accepted((await ingestor.StoreAsync(draft, UploadIngestor.NewUploadId(), claim: null, resuming: false, storing))!)
            : await IdempotentUploads.StoreAsync(ingestor, store, draft, IdempotentUploads.Client(context), idempotencyKey, storing);
    }

    /// <summary>A body that the client sent whole but that breaks or overflows keeps its good part, told in the problem.</summary>
    private static async Task<UploadReceipt?> StoreWhatWasReadAsync(UploadIngestor ingestor, UploadDraft draft, CancellationToken ct) =>
        draft.Articles.Count == 0 ? null : await ingestor.StoreAsync(draft, UploadIngestor.NewUploadId(), claim: null, resuming: false, ct);

    private static async Task<Results<Ok<Page<UploadSummary>>, ProblemHttpResult>> ListAsync(
        UploadQueries uploads, string? limit, string? cursor, CancellationToken ct)
    {
        if (!Paging.TryRead(limit, cursor, out var page, out var problem))
        {
            return problem!;
        }
        return UploadQueries.IsCursor(page.After)
            ? TypedResults.Ok(await uploads.ListAsync(page, ct))
            : Problems.BadRequest("cursor is not one this service gave out.");
    }

    private static async Task<Results<Ok<UploadView>, ProblemHttpResult>> GetAsync(string id, UploadQueries uploads, CancellationToken ct) =>
        await uploads.GetAsync(id, ct) is { } upload ? TypedResults.Ok(upload) : Problems.NotFound("upload", id);
}
