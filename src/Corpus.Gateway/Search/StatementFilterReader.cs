using Corpus.Gateway.Api;
using Corpus.Storage.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Search;

/// <summary>Reads the query string of <c>GET /api/statements</c>, or says what is wrong with it.</summary>
internal static class StatementFilterReader
{
    public static bool TryRead(
        string? q, string? speaker, string? source, string? kind, string? from, string? to, out StatementFilter filter, out ProblemHttpResult? problem)
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
        filter = new StatementFilter(text, NullIfEmpty(speaker), NullIfEmpty(source), NullIfEmpty(kind), fromDate, toDate);
        return true;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
