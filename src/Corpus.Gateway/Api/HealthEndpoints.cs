using Corpus.Storage;
using Corpus.Storage.Queue;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Api;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "up" })).WithTags("Health");
        app.MapGet("/readyz", ReadyAsync).WithTags("Health");
        return app;
    }

    /// <summary>The durable queue's depth: how much work the workers still have.</summary>
    public static RouteGroupBuilder MapQueue(this RouteGroupBuilder api)
    {
        api.MapGet("/queue", async (WorkQueue queue, CancellationToken ct) => TypedResults.Ok(await queue.StatsAsync(ct))).WithTags("Health");
        return api;
    }

    private static async Task<Results<Ok<object>, ProblemHttpResult>> ReadyAsync(ICorpusStore store, CancellationToken ct) =>
        await store.IsReachableAsync(ct)
            ? TypedResults.Ok<object>(new { status = "ready", store = store.Dialect.Name })
            : Problems.Status(StatusCodes.Status503ServiceUnavailable, "Store unreachable", $"The {store.Dialect.Name} store does not answer.");
}
