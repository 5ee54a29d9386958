using System.Net.Http.Json;
using Corpus.Storage.Queue;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Corpus.Gateway.Tests.Infrastructure;

/// <summary>The gateway in-process on a fresh temporary SQLite file, without seeds unless asked.</summary>
public sealed class CorpusFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corpus-gateway-").FullName;
    private readonly Dictionary<string, string?> _settings;

    public CorpusFactory(IDictionary<string, string?>? settings = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(_folder, "corpus.db"),
            ["Corpus:LoadSeeds"] = "false",
            ["Worker:IdleDelayMilliseconds"] = "20",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Waits until every queued message has been processed (or dead-lettered).</summary>
    public static async Task WaitForQueueAsync(HttpClient client, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        while (DateTime.UtcNow < deadline)
        {
            var stats = await client.GetFromJsonAsync<QueueStats>("/api/queue");
            if (stats is { Ready: 0, Leased: 0 })
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The queue did not drain.");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
