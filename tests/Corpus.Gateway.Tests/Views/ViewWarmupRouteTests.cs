using Corpus.Gateway.Hosting;
using Corpus.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Corpus.Gateway.Tests.Views;

public sealed class ViewWarmupRouteTests
{
    /// <summary>A read view added without a warm-up call would make its first caller after every start wait for its code.</summary>
    [Fact]
    public async Task Every_read_route_under_api_is_warmed()
    {
        await using var factory = new CorpusFactory();
        using var client = factory.CreateClient();
        using var ready = await client.GetAsync("/readyz");
        Assert.True(ready.IsSuccessStatusCode, "a node with no address to warm through is ready at once");

        var reads = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => e.RoutePattern.RawText!)
            .Where(route => route.StartsWith("/api/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("/api/articles/{id}", reads);
        Assert.Equal(reads, ViewWarmup.Routes.Order(StringComparer.Ordinal));
    }
}
