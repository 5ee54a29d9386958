using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Corpus.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Corpus.Gateway.Tests.WebUi;

/// <summary>
/// A fresh gateway on a real loopback port (headless chromium needs one) with an empty store, for browser tests.
/// Nothing is started when chromium is missing, so the tests can skip.
/// </summary>
public sealed class WebPageGateway : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corpus-webui-").FullName;
    private WebApplicationFactory<Program>? _factory;

    public HttpClient Client { get; private set; } = null!;

    public Uri Root => Client.BaseAddress!;

    /// <summary>The gateway's SQLite file, for a test that must put the store in a state no request can.</summary>
    public string DatabasePath => Path.Combine(_folder, "corpus.db");

    public Task InitializeAsync()
    {
        if (HeadlessChromium.Executable is null)
        {
            return Task.CompletedTask;
        }
        // A port the system picks: UseKestrel(0) on a factory made by WithWebHostBuilder still bound the default port
        // 5000, which another gateway on the machine (another test run) may hold.
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Storage:Sqlite:Path", DatabasePath)
            .UseSetting("Corpus:LoadSeeds", "false")
            .UseSetting("Orleans:Endpoints:SiloPort", LoopbackPort.TakeSetting())
            .UseUrls("http://127.0.0.1:0"));
        _factory.UseKestrel();
        _factory.StartServer();
        Client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    /// <summary>Uploads the articles as NDJSON and returns the receipt; the caller waits for processing.</summary>
    public async Task<JsonElement> UploadAsync(params object[] articles)
    {
        var body = string.Join('\n', articles.Select(a => JsonSerializer.Serialize(a)));
        using var content = new StringContent(body, Encoding.UTF8, "application/x-ndjson");
        using var response = await Client.PostAsync(new Uri("/api/uploads", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }
}
