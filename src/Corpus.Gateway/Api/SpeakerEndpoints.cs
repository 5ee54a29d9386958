using Corpus.Storage;
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
        return api;
    }

    private static async Task<Results<Ok<Page<SpeakerView>>, ProblemHttpResult>> ListAsync(
        SpeakerQueries speakers, string? q, string? limit, string? cursor, CancellationToken ct) =>
        Paging.TryRead(limit, cursor, out var page, out var problem)
            ? TypedResults.Ok(await speakers.ListAsync(q, page, ct))
            : problem!;

    private static async Task<Results<Ok<SpeakerView>, ProblemHttpResult>> GetAsync(string id, SpeakerQueries speakers, CancellationToken ct) =>
        await speakers.GetAsync(id, ct) is { } speaker ? TypedResults.Ok(speaker) : Problems.NotFound("speaker", id);

    private static async Task<Results<Ok<Page<StatementView>>, ProblemHttpResult>> StatementsAsync(
        string id, SpeakerQueries speakers, string? limit, string? cursor, CancellationToken ct)
    {
        if (!Paging.TryRead(limit, cursor, out var page, out var problem))
        {
            return problem!;
        }
        return await speakers.StatementsAsync(id, page, ct) is { } statements ? TypedResults.Ok(statements) : Problems.NotFound("speaker", id);
    }
}
