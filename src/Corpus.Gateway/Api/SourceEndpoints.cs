using Corpus.Storage;
using Corpus.Storage.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Api;

public static class SourceEndpoints
{
    public static RouteGroupBuilder MapSources(this RouteGroupBuilder api)
    {
        api.MapGroup("/sources").WithTags("Sources").MapGet("/", ListAsync);
        return api;
    }

    private static async Task<Results<Ok<Page<SourceView>>, ProblemHttpResult>> ListAsync(
        SourceQueries sources, string? limit, string? cursor, CancellationToken ct) =>
        Paging.TryRead(limit, cursor, out var page, out var problem)
            ? TypedResults.Ok(await sources.ListAsync(page, ct))
            : problem!;
}
