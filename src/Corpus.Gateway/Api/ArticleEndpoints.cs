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

    /// <summary>Articles in id order, or with <c>?q=</c> those with its words, latest uploaded first.</summary>
    private static async Task<Results<Ok<Page<ArticleView>>, ProblemHttpResult>> ListAsync(
        ArticleQueries articles, string? source, string? q, string? limit, string? cursor, CancellationToken ct)
    {
        if (!Paging.TryRead(limit, cursor, out var page, out var problem))
        {
            return problem!;
        }
        return page.After is null || ArticleQueries.CursorFits(q, page.After)
            ? TypedResults.Ok(await articles.ListAsync(source, q, page, ct))
            : Problems.BadRequest("cursor belongs to another list: a search's pages go with the same q, the others without one.");
    }

    private static async Task<Results<Ok<ArticleView>, ProblemHttpResult>> GetAsync(string id, ArticleQueries articles, CancellationToken ct) =>
        await articles.GetAsync(id, ct) is { } article ? TypedResults.Ok(article) : Problems.NotFound("article", id);
}
