using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Corpus.Gateway.Hosting;

/// <summary>Answers 503 with Retry-After while the store is down, instead of a bare 500.</summary>
internal sealed class StoreUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!Errors.StoreOutage.IsOutage(exception) || context.Response.HasStarted)
        {
            return false;
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Store unavailable",
                Detail = "The store did not answer; nothing of this request after the last acknowledged batch was kept. Retry later.",
            },
        });
    }
}
