using System.Globalization;
using Corpus.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Api;

/// <summary>Reads <c>?limit=</c> and <c>?cursor=</c>, or says what is wrong with them.</summary>
internal static class Paging
{
    public static bool TryRead(string? limit, string? cursor, out PageRequest page, out ProblemHttpResult? problem)
    {
        problem = null;
        int? parsedLimit = null;
        if (!string.IsNullOrEmpty(limit))
        {
            if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                page = new PageRequest(PageRequest.DefaultLimit, null);
                problem = Problems.BadRequest($"limit must be a whole number between 1 and {PageRequest.MaxLimit}.");
                return false;
            }
            parsedLimit = value;
        }
        if (!PageRequest.TryCreate(parsedLimit, cursor, out page, out var error))
        {
            problem = Problems.BadRequest(error!);
            return false;
        }
        return true;
    }

    public static bool TryReadDate(string name, string? value, out string? date, out ProblemHttpResult? problem)
    {
        problem = null;
        date = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return true;
        }
        problem = Problems.BadRequest($"{name} must be a date as yyyy-MM-dd.");
        return false;
    }
}
