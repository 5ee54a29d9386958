using Corpus.Gateway.Hosting;
using Microsoft.Extensions.Configuration;

namespace Corpus.Gateway.Tests.Hosting;

/// <summary>A node started outside its own directory reads the settings it was published with, and what overrides them still does.</summary>
public sealed class AppDirectorySettingsTests : IDisposable
{
    private readonly string _startedIn = Directory.CreateTempSubdirectory("corpus-started-in-").FullName;
    private readonly string _appDirectory = Directory.CreateTempSubdirectory("corpus-app-").FullName;

    public AppDirectorySettingsTests() =>
        File.WriteAllText(Path.Combine(_appDirectory, "appsettings.json"), """{ "Intake": { "Window": 64, "MaxPass": 9 } }""");

    [Fact]
    public void Settings_missing_where_the_node_starts_are_read_from_its_own_directory_below_the_environment()
    {
        var configuration = ConfigurationAsHostsBuildIt(_startedIn);

        Assert.Equal("64", configuration["Intake:Window"]);
        Assert.Equal("3", configuration["Intake:MaxPass"]);
    }

    [Fact]
    public void Settings_where_the_node_starts_are_the_ones_read()
    {
        File.WriteAllText(Path.Combine(_startedIn, "appsettings.json"), """{ "Intake": { "Window": 512 } }""");

        var configuration = ConfigurationAsHostsBuildIt(_startedIn);

        Assert.Equal("512", configuration["Intake:Window"]);
        Assert.Equal("3", configuration["Intake:MaxPass"]);
    }

    /// <summary>The JSON file from the content root first, then what overrides it (the environment, arguments).</summary>
    private IConfigurationRoot ConfigurationAsHostsBuildIt(string contentRoot)
    {
        var builder = new ConfigurationBuilder()
            .SetBasePath(contentRoot)
            .AddJsonFile("appsettings.json", optional: true)
            .AddInMemoryCollection([new("Intake:MaxPass", "3")]);
        builder.ReadFromAppDirectory(contentRoot, _appDirectory);
        return builder.Build();
    }

    public void Dispose()
    {
        Directory.Delete(_startedIn, recursive: true);
        Directory.Delete(_appDirectory, recursive: true);
    }
}
