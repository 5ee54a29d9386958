using Corpus.Storage;
using Corpus.Storage.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Api;

public static class ArticleEndpoints
{
    public static RouteGroupBuilder MapArticles(this RouteGroupBuilder api)
    {
        var articles = api.MapGroup("/articles").WithTags("Articles");
        articles.MapGet("/", ListAsync);
        articles.MapGet("/{id}", GetAsync);
        return api;
    }

    private static async Task<Results<Ok<Page<ArticleView>>, ProblemHttpResult>> ListAsync(
        ArticleQueries articles, string? source, string? q, string? limit, string? cursor, CancellationToken ct) =>
        Paging.TryRead(limit, cursor, out var page, out var problem)
            ? TypedResults.Ok(await articles.ListAsync(source, q, page, ct))
            : problem!;

    private static async Task<Results<Ok<ArticleView>, ProblemHttpResult>> GetAsync(string id, ArticleQueries articles, CancellationToken ct) =>
        await articles.GetAsync(id, ct) is { } article ? TypedResults.Ok(article) : Problems.NotFound("article", id);
}
