using System.Globalization;
using Corpus.Storage;
using Corpus.Storage.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Api;

public static class QuoteEndpoints
{
    public static RouteGroupBuilder MapQuotes(this RouteGroupBuilder api)
    {
        var quotes = api.MapGroup("/quotes").WithTags("Quotes");
        quotes.MapGet("/", ListAsync);
        quotes.MapGet("/{id}", GetAsync);
        return api;
    }

    private static async Task<Results<Ok<Page<QuoteView>>, ProblemHttpResult>> ListAsync(
        QuoteQueries quotes, string? speaker, string? minSources, string? limit, string? cursor, CancellationToken ct)
    {
        if (!Paging.TryRead(limit, cursor, out var page, out var problem))
        {
            return problem!;
        }
        var min = 1;
        if (!string.IsNullOrEmpty(minSources) && (!int.TryParse(minSources, NumberStyles.None, CultureInfo.InvariantCulture, out min) || min < 1))
        {
            return Problems.BadRequest("minSources must be a whole number of at least 1.");
        }
        return TypedResults.Ok(await quotes.ListAsync(string.IsNullOrEmpty(speaker) ? null : speaker, min, page, ct));
    }

    private static async Task<Results<Ok<QuoteView>, ProblemHttpResult>> GetAsync(string id, QuoteQueries quotes, CancellationToken ct) =>
        await quotes.GetAsync(id, ct) is { } quote ? TypedResults.Ok(quote) : Problems.NotFound("quote", id);
}
