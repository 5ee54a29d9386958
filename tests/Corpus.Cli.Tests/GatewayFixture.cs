using Corpus.TestSupport;

namespace Corpus.Cli.Tests;

/// <summary>
/// A real gateway process on an empty SQLite file whose seeds folder holds two small articles and a manifest naming
/// their outlets, processed before the tests start.
/// </summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public const string SeedOutlet = "Fixture Gazette";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corpus-cli-tests-");
    private GatewayProcess? _gateway;

    public Uri Address => Gateway.Address;

    private GatewayProcess Gateway => _gateway ?? throw new InvalidOperationException("The gateway has not started.");

    public HttpClient CreateClient() => Gateway.CreateClient();

    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(_folder.FullName, name)).FullName;

    public async Task InitializeAsync()
    {
        var seeds = NewFolder("seeds");
        await File.WriteAllTextAsync(Path.Combine(seeds, "talks.txt"), Articles.Talks);
        await File.WriteAllTextAsync(Path.Combine(seeds, "visit.txt"), Articles.Visit);
        await File.WriteAllTextAsync(Path.Combine(seeds, "manifest.json"), $$"""
            [
              {"key": "talks", "source": "{{SeedOutlet}}", "url": "https://gazette.example/talks", "published": "2019-12-10"},
              {"key": "visit", "source": "{{SeedOutlet}}", "published": "2019-12-11"}
            ]
            """);
        _gateway = await GatewayProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Sqlite__Path"] = Path.Combine(_folder.FullName, "corpus.db"),
            ["Corpus__LoadSeeds"] = "true",
            ["Corpus__SeedsPath"] = seeds,
        });
        using var client = CreateClient();
        await CorpusProgress.WaitUntilProcessedAsync(client);
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
        _folder.Delete(recursive: true);
    }
}
