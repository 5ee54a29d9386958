using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Gateway.Api;

internal static class Problems
{
    public static ProblemHttpResult NotFound(string what, string id) =>
        Status(StatusCodes.Status404NotFound, "Not found", $"There is no {what} '{id}'.");

    public static ProblemHttpResult BadRequest(string detail) =>
        Status(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static ProblemHttpResult Status(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
