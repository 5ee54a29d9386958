using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Corpus.Gateway.Access;

/// <summary>
/// Per-client rate and concurrency limits on <c>POST /api/uploads</c>, answered with 429 and Retry-After. A client is
/// its API key, or its remote address when no keys are configured. Other requests are not limited.
/// </summary>
internal static class UploadRateLimits
{
    public static IServiceCollection AddUploadRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<UploadLimitOptions>>((o, limits) =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(Rate(limits.Value), Concurrency(limits.Value));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    private static PartitionedRateLimiter<HttpContext> Rate(UploadLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => limits.UploadsPerMinute <= 0 || !IsUpload(context.Request)
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, limits.UploadBurst),
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / limits.UploadsPerMinute,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

    private static PartitionedRateLimiter<HttpContext> Concurrency(UploadLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => limits.ConcurrentUploads <= 0 || !IsUpload(context.Request)
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetConcurrencyLimiter(Client(context), _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = limits.ConcurrentUploads,
                QueueLimit = 0,
            }));

    private static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Value?.TrimEnd('/').Equals("/api/uploads", StringComparison.OrdinalIgnoreCase) == true;

    private static string Client(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } key }
            ? key
            : "address:" + context.Connection.RemoteIpAddress;

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        // A concurrency limit has no time of its own to wait for; a second is a fair guess for a retry.
        var after = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = (int)Math.Max(1, Math.Ceiling(after.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many uploads",
                Detail = $"This client is over its upload rate or has too many uploads running; retry in {seconds} s.",
            },
        });
    }
}
