using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Corpus.Gateway.Access;

/// <summary>
/// Asks for <c>Authorization: Bearer &lt;key&gt;</c> on writes under /api (and reads when configured); everything
/// outside /api (health, metrics, the web page) stays open. A matching key becomes the caller's identity.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeyRing keys, IProblemDetailsService problems)
{
    public const string AuthenticationType = "ApiKey";

    public async Task InvokeAsync(HttpContext context)
    {
        if (keys.IsOpen || !context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }
        var name = Bearer(context.Request) is { } presented ? keys.Match(presented) : null;
        if (name is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], AuthenticationType));
        }
        else if (IsWrite(context.Request.Method) || keys.RequireForReads)
        {
            await RefuseAsync(context);
            return;
        }
        await next(context);
    }

    private static bool IsWrite(string method) => HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsDelete(method) || HttpMethods.IsPatch(method);

    private static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length ? header[scheme.Length..].Trim() : null;
    }

    private async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "API key required",
                Detail = "Send a valid API key as 'Authorization: Bearer <key>'.",
            },
        });
    }
}
