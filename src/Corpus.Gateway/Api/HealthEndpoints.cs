using Corpus.Gateway.Hosting;
using Corpus.Storage;
using Corpus.Storage.Views;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Corpus.Gateway.Api;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "up" })).WithTags("Health");
        app.MapGet("/readyz", ReadyAsync).WithTags("Health");
        return app;
    }

    /// <summary>How many articles are left to process, in the whole corpus (<c>/api/uploads/{id}</c> tells one upload's).</summary>
    public static RouteGroupBuilder MapProgress(this RouteGroupBuilder api)
    {
        api.MapGet("/queue", async (ProgressQueries progress, CancellationToken ct) => TypedResults.Ok(await progress.GetAsync(ct))).WithTags("Health");
        return api;
    }

    /// <summary>Ready once the store answers and, on a gateway, the views have been served once (<see cref="ViewWarmup"/>).</summary>
    private static async Task<Results<Ok<object>, ProblemHttpResult>> ReadyAsync(ICorpusStore store, [FromServices] ViewWarmup? warmup, CancellationToken ct)
    {
        if (!await store.IsReachableAsync(ct))
        {
            return Problems.Status(StatusCodes.Status503ServiceUnavailable, "Store unreachable", $"The {store.Dialect.Name} store does not answer.");
        }
        return warmup is { IsDone: false }
            ? Problems.Status(StatusCodes.Status503ServiceUnavailable, "Warming up", "The node is serving each view once before it takes calls.")
            : TypedResults.Ok<object>(new { status = "ready", store = store.Dialect.Name });
    }
}
