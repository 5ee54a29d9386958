using Corpus.Storage;
using Corpus.Storage.Search;
using Corpus.Storage.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Api;

public static class SpeakerEndpoints
{
    public static RouteGroupBuilder MapSpeakers(this RouteGroupBuilder api)
    {
        var speakers = api.MapGroup("/speakers").WithTags("Speakers");
        speakers.MapGet("/", ListAsync);
        speakers.MapGet("/{id}", GetAsync);
        speakers.MapGet("/{id}/statements", StatementsAsync);
        speakers.MapGet("/{id}/timeline", TimelineAsync);
        return api;
    }

    /// <summary>Speakers in id order, or with <c>?sort=statements</c> those with the most statements first.</summary>
    private static async Task<Results<Ok<Page<SpeakerView>>, ProblemHttpResult>> ListAsync(
        SpeakerQueries speakers, string? q, string? sort, string? limit, string? cursor, CancellationToken ct)
    {
        if (!Paging.TryRead(limit, cursor, out var page, out var problem))
        {
            return problem!;
        }
        var byStatementCount = page.After is not null && StatementCountCursor.IsOne(page.After);
        return sort switch
        {
            null or "" or "id" when !byStatementCount => TypedResults.Ok(await speakers.ListAsync(q, page, ct)),
            "statements" when page.After is null || byStatementCount => TypedResults.Ok(await speakers.ListByStatementCountAsync(q, page, ct)),
            null or "" or "id" or "statements" => Problems.BadRequest("cursor belongs to a list in another order: send the same sort with it."),
            _ => Problems.BadRequest("sort must be statements (most statements first) or id (the default)."),
        };
    }

    private static async Task<Results<Ok<SpeakerView>, ProblemHttpResult>> GetAsync(string id, SpeakerQueries speakers, CancellationToken ct) =>
        await speakers.GetAsync(id, ct) is { } speaker ? TypedResults.Ok(speaker) : Problems.NotFound("speaker", id);

    private static async Task<Results<Ok<Page<StatementView>>, ProblemHttpResult>> StatementsAsync(
        string id, SpeakerQueries speakers, string? limit, string? cursor, CancellationToken ct)
    {
        if (!Paging.TryRead(limit, cursor, out var page, out var problem))
        {
            return problem!;
        }
        if (!StatementSearch.IsCursorFor(SpeakerQueries.StatementsFilter(id), page))
        {
            return Problems.BadRequest("cursor is not one this list gave out.");
        }
        return await speakers.StatementsAsync(id, page, ct) is { } statements ? TypedResults.Ok(statements) : Problems.NotFound("speaker", id);
    }

    /// <summary>The speaker's statements by month of their article's date, oldest first, and how many are undated.</summary>
    private static async Task<Results<Ok<SpeakerTimeline>, ProblemHttpResult>> TimelineAsync(string id, SpeakerQueries speakers, CancellationToken ct) =>
        await speakers.TimelineAsync(id, ct) is { } timeline ? TypedResults.Ok(timeline) : Problems.NotFound("speaker", id);
}
