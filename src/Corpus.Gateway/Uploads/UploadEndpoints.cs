using Corpus.Gateway.Api;
using Corpus.Storage.Uploads;
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
        uploads.MapGet("/{id}", GetAsync);
        return api;
    }

    private static async Task<Results<Accepted<UploadReceipt>, ProblemHttpResult>> UploadAsync(
        HttpContext context, UploadIngestor ingestor, IOptions<UploadOptions> options, CancellationToken ct)
    {
        var o = options.Value;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = o.MaxUploadBytes;
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
        var id = UploadIngestor.NewUploadId();
        var kept = new UploadTotals(0, 0, 0, 0);
        try
        {
            var receipt = await ingestor.IngestAsync(id, lines, totals => kept = totals, ct);
            return TypedResults.Accepted($"/api/uploads/{receipt.Id}", receipt);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Upload too large",
                detail: $"The body is over the {o.MaxUploadBytes} byte limit. {kept.Accepted} article(s) read before the limit were stored under upload {id}; send the rest separately.",
                extensions: new Dictionary<string, object?> { ["uploadId"] = id, ["accepted"] = kept.Accepted, ["duplicates"] = kept.Duplicates });
        }
        catch (Exception ex) when (ex is UnreadableUploadException or InvalidDataException || (ex is IOException && body.ReachedEnd))
        {
            return UnreadableBody.Problem(ex.Message, id, kept);
        }
    }

    private static async Task<Results<Ok<UploadView>, ProblemHttpResult>> GetAsync(string id, UploadQueries uploads, CancellationToken ct) =>
        await uploads.GetAsync(id, ct) is { } upload ? TypedResults.Ok(upload) : Problems.NotFound("upload", id);
}
