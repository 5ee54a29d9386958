namespace Corpus.Gateway.Tests.WebUi;

/// <summary>A browser test: a gateway of its own on a port, started before and stopped after each test.</summary>
[Collection(WebUiCollection.Name)]
public abstract class WebPageTest : IAsyncLifetime
{
    protected WebPageGateway Gateway { get; } = new();

    protected HttpClient Client => Gateway.Client;

    protected Uri Root => Gateway.Root;

    public Task InitializeAsync() => Gateway.InitializeAsync();

    public Task DisposeAsync() => Gateway.DisposeAsync();
}
