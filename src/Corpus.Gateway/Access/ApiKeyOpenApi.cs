using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Corpus.Gateway.Access;

/// <summary>Tells OpenAPI clients that the API takes a Bearer key (DESIGN.md, "Access").</summary>
internal static class ApiKeyOpenApi
{
    public const string SchemeName = "ApiKey";

    public static IServiceCollection DescribeApiKeysInOpenApi(this IServiceCollection services) =>
        services.Configure<OpenApiOptions>("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API key, when the server has keys configured: needed for writes under /api, and for reads with Auth__RequireForReads=true.",
            };
            return Task.CompletedTask;
        }));
}
