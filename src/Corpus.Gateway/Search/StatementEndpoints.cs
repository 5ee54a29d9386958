using Corpus.Gateway.Api;
using Corpus.Storage;
using Corpus.Storage.Search;
using Corpus.Storage.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Search;

public static class StatementEndpoints
{
    public static RouteGroupBuilder MapStatements(this RouteGroupBuilder api)
    {
        api.MapGroup("/statements").WithTags("Statements").MapGet("/", SearchAsync);
        return api;
    }

    /// <summary>
    /// A page of statements as JSON, or with <c>Accept: application/x-ndjson</c> or <c>text/csv</c> all of them, streamed;
    /// <c>?format=</c> chooses the same where a header cannot be sent (a download link).
    /// </summary>
    private static async Task<Results<Ok<Page<StatementView>>, PushStreamHttpResult, ProblemHttpResult>> SearchAsync(
        HttpRequest request,
        StatementSearch search,
        string? q,
        string? speaker,
        string? source,
        string? kind,
        string? from,
        string? to,
        string? sort,
        string? limit,
        string? cursor,
        string? format,
        CancellationToken ct)
    {
        if (!StatementFilterReader.TryRead(q, speaker, source, kind, from, to, sort, out var filter, out var problem)
            || !Paging.TryRead(limit, cursor, out var page, out problem))
        {
            return problem!;
        }
        if (!StatementSearch.IsCursorFor(filter, page))
        {
            return Problems.BadRequest("cursor is not one this search gave out: a cursor belongs to its list, and to a list by relevance or by day.");
        }
        if (!StatementExport.TryChoose(format, request, out var chosen))
        {
            return Problems.BadRequest("format must be json, ndjson or csv (or leave it out and send an Accept header).");
        }
        return chosen switch
        {
            ExportFormat.Ndjson => TypedResults.Stream(
                body => StatementExport.WriteNdjsonAsync(search.StreamAsync(filter, ct), body, request.HttpContext.RequestServices, ct), StatementExport.NdjsonType),
            ExportFormat.Csv => TypedResults.Stream(
                body => StatementExport.WriteCsvAsync(search.StreamAsync(filter, ct), body, ct), StatementExport.CsvType, fileDownloadName: "statements.csv"),
            _ => TypedResults.Ok(await search.PageAsync(filter, page, ct)),
        };
    }
}
