using Corpus.Gateway.Api;
using Corpus.Storage.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Search;

/// <summary>Reads the query string of <c>GET /api/statements</c>, or says what is wrong with it.</summary>
internal static class StatementFilterReader
{
    public static bool TryRead(
        string? q, string? speaker, string? source, string? kind, string? from, string? to, string? sort, out StatementFilter filter, out ProblemHttpResult? problem)
    {
        filter = new StatementFilter();
        problem = null;
        SearchText? text = null;
        if (!string.IsNullOrWhiteSpace(q) && !SearchText.TryParse(q, out text, out var error))
        {
            problem = Problems.BadRequest(error!);
            return false;
        }
        if (!string.IsNullOrEmpty(kind) && !StatementFilter.Kinds.Contains(kind))
        {
            problem = Problems.BadRequest($"kind must be one of {string.Join(", ", StatementFilter.Kinds)}.");
            return false;
        }
        if (!Paging.TryReadDate("from", from, out var fromDate, out problem) || !Paging.TryReadDate("to", to, out var toDate, out problem))
        {
            return false;
        }
        if (fromDate is not null && toDate is not null && string.CompareOrdinal(fromDate, toDate) > 0)
        {
            problem = Problems.BadRequest("from must not be later than to.");
            return false;
        }
        if (!TryReadOrder(sort, text, out var order, out problem))
        {
            return false;
        }
        filter = new StatementFilter(text, NullIfEmpty(speaker), NullIfEmpty(source), NullIfEmpty(kind), fromDate, toDate, order);
        return true;
    }

    private static bool TryReadOrder(string? sort, SearchText? text, out StatementOrder order, out ProblemHttpResult? problem)
    {
        order = StatementOrder.Newest;
        problem = null;
        switch (sort)
        {
            case null or "" or "newest":
                return true;
            case "relevance" when text is not null:
                order = StatementOrder.Relevance;
                return true;
            case "relevance":
                problem = Problems.BadRequest("sort=relevance needs a q to rank statements by.");
                return false;
            default:
                problem = Problems.BadRequest("sort must be newest or relevance.");
                return false;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
