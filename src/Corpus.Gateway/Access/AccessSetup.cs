using Corpus.Gateway.Uploads;

namespace Corpus.Gateway.Access;

/// <summary>Who may use the API and how much: API keys, upload limits, the body size limit and security headers.</summary>
public static partial class AccessSetup
{
    public static WebApplicationBuilder AddCorpusAccess(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<AccessOptions>(builder.Configuration.GetSection(AccessOptions.Section));
        builder.Services.Configure<UploadLimitOptions>(builder.Configuration.GetSection(UploadLimitOptions.Section));
        builder.Services.AddSingleton<ApiKeyRing>();
        builder.Services.AddUploadRateLimits();
        builder.Services.DescribeApiKeysInOpenApi();
        builder.WebHost.ConfigureKestrel((context, kestrel) => kestrel.Limits.MaxRequestBodySize =
            (context.Configuration.GetSection(UploadOptions.Section).Get<UploadOptions>() ?? new UploadOptions()).MaxUploadBytes);
        return builder;
    }

    /// <summary>Call before the endpoints and the web page are mapped.</summary>
    public static WebApplication UseCorpusAccess(this WebApplication app)
    {
        LogAccess(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseRateLimiter();
        return app;
    }

    private static void LogAccess(WebApplication app)
    {
        var keys = app.Services.GetRequiredService<ApiKeyRing>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Corpus.Gateway.Access");
        if (keys.IsOpen)
        {
            LogOpen(logger);
        }
        else if (keys.RequireForReads)
        {
            LogKeysForAll(logger, keys.Count);
        }
        else
        {
            LogKeysForWrites(logger, keys.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No API keys configured (Auth__ApiKeys__0, ...): the API is open to anyone who can reach it, as for a local instance")]
    private static partial void LogOpen(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} API key(s) configured: reads and writes under /api need one")]
    private static partial void LogKeysForAll(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} API key(s) configured: writes under /api need one; reads are open")]
    private static partial void LogKeysForWrites(ILogger logger, int count);
}
