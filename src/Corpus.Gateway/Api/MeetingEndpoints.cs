using Corpus.Storage;
using Corpus.Storage.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Api;

public static class MeetingEndpoints
{
    public static RouteGroupBuilder MapMeetings(this RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("/meetings").WithTags("Meetings");
        meetings.MapGet("/", ListAsync);
        meetings.MapGet("/{id}", GetAsync);
        return api;
    }

    private static async Task<Results<Ok<Page<MeetingView>>, ProblemHttpResult>> ListAsync(
        MeetingQueries meetings, string? speaker, string? from, string? to, string? limit, string? cursor, CancellationToken ct)
    {
        if (!Paging.TryRead(limit, cursor, out var page, out var problem)
            || !Paging.TryReadDate("from", from, out var fromDate, out problem)
            || !Paging.TryReadDate("to", to, out var toDate, out problem))
        {
            return problem!;
        }
        return TypedResults.Ok(await meetings.ListAsync(string.IsNullOrEmpty(speaker) ? null : speaker, fromDate, toDate, page, ct));
    }

    private static async Task<Results<Ok<MeetingView>, ProblemHttpResult>> GetAsync(string id, MeetingQueries meetings, CancellationToken ct) =>
        await meetings.GetAsync(id, ct) is { } meeting ? TypedResults.Ok(meeting) : Problems.NotFound("meeting", id);
}
