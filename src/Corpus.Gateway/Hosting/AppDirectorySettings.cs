using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Corpus.Gateway.Hosting;

/// <summary>
/// ASP.NET Core reads <c>appsettings*.json</c> from the content root, which is the directory a node starts in. A node
/// started from anywhere but its own directory (a script at the repository's root, a service manager) would silently
/// run without them; they are read from the directory the node's assemblies are in instead whenever the content root
/// has none, in the same place among the configuration sources, so environment variables and arguments still win.
/// </summary>
public static class AppDirectorySettings
{
    public static void ReadFromAppDirectory(this IConfigurationBuilder configuration, string contentRoot) =>
        configuration.ReadFromAppDirectory(contentRoot, AppContext.BaseDirectory);

    internal static void ReadFromAppDirectory(this IConfigurationBuilder configuration, string contentRoot, string appDirectory)
    {
        for (var i = 0; i < configuration.Sources.Count; i++)
        {
            if (configuration.Sources[i] is JsonConfigurationSource { Path: { } path } json
                && !File.Exists(Path.Combine(contentRoot, path))
                && File.Exists(Path.Combine(appDirectory, path)))
            {
                json.FileProvider = new PhysicalFileProvider(appDirectory);
                configuration.Sources[i] = json;
            }
        }
    }
}
