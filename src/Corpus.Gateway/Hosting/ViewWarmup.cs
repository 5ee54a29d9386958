using System.Text.Json;
using Corpus.Gateway.Access;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Corpus.Gateway.Hosting;

/// <summary>
/// Serves every read view once through the node's own HTTP pipeline before the node says it is ready. The node runs
/// with tiered compilation off (each method compiled once, fully optimised, for the ingest's sake), so the first call
/// of a view would otherwise spend 50-200 ms compiling its code path: the first user after every start or scale-out
/// would wait for it. Each view is asked for one item, with ids, an outlet and a word taken from the corpus itself.
/// Off with <c>Corpus:WarmViews=false</c>; skipped where reads need an API key (the node holds only the keys' hashes)
/// or where the server has no address (an in-memory test server).
/// </summary>
public sealed partial class ViewWarmup(
    IServer server, IHostApplicationLifetime lifetime, ApiKeyRing keys, IOptions<CorpusOptions> options, ILogger<ViewWarmup> log) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private CancellationTokenRegistration _onStarted;
    private Task? _warming;

    /// <summary>The route of each view this warms: <c>ViewWarmupRouteTests</c> holds it to every GET route under /api.</summary>
    public static readonly IReadOnlyList<string> Routes =
    [
        "/api/sources/", "/api/articles/", "/api/articles/{id}", "/api/speakers/", "/api/speakers/{id}",
        "/api/speakers/{id}/statements", "/api/speakers/{id}/timeline", "/api/quotes/", "/api/quotes/{id}",
        "/api/meetings/", "/api/meetings/{id}", "/api/statements/", "/api/uploads/", "/api/uploads/{id}", "/api/queue",
    ];

    public bool IsDone => _warming is { IsCompleted: true };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Decided when the host has started (the server's address is known then), before the host's start returns, so
        // that a node with nothing to warm is ready at once.
        _onStarted = lifetime.ApplicationStarted.Register(() =>
            _warming = options.Value.WarmViews && BaseAddress() is { } address && (keys.IsOpen || !keys.RequireForReads)
                ? WarmAsync(address, _stopping.Token)
                : Task.CompletedTask);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_warming is not null)
        {
            await _warming.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose()
    {
        _onStarted.Dispose();
        _stopping.Dispose();
    }

    private async Task WarmAsync(Uri address, CancellationToken ct)
    {
        try
        {
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            var answered = await WarmViewsAsync(client, ct);
            LogWarmed(answered);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            LogFailed(e);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private Uri? BaseAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal));
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var uri))
        {
            return null;
        }
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri) { Host = host }.Uri;
    }

    /// <returns>How many calls answered 200.</returns>
    private static async Task<int> WarmViewsAsync(HttpClient client, CancellationToken ct)
    {
        var ok = 0;
        async Task<JsonElement?> Get(string path)
        {
            using var response = await client.GetAsync(path, ct);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }
            ok++;
            using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(ct));
            return json.RootElement.Clone();
        }

        var source = First(await Get("/api/sources?limit=1"), "name");
        var article = First(await Get("/api/articles?limit=1"), "id");
        var speaker = await Get("/api/speakers?limit=1");
        var speakerId = First(speaker, "id");
        var word = First(speaker, "name")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "said";
        var quote = First(await Get("/api/quotes?limit=1"), "id");
        var meeting = First(await Get("/api/meetings?limit=1"), "id");
        var upload = First(await Get("/api/uploads?limit=1"), "id");
        string?[] paths =
        [
            $"/api/articles?limit=1&q={Uri.EscapeDataString(word)}",
            source is null ? null : $"/api/articles?limit=1&source={Uri.EscapeDataString(source)}",
            article is null ? null : $"/api/articles/{Uri.EscapeDataString(article)}",
            $"/api/speakers?limit=1&q={Uri.EscapeDataString(word)}",
            speakerId is null ? null : $"/api/speakers/{Uri.EscapeDataString(speakerId)}",
            speakerId is null ? null : $"/api/speakers/{Uri.EscapeDataString(speakerId)}/statements?limit=1",
            speakerId is null ? null : $"/api/speakers/{Uri.EscapeDataString(speakerId)}/timeline",
            "/api/quotes?limit=1&minSources=2",
            quote is null ? null : $"/api/quotes/{Uri.EscapeDataString(quote)}",
            meeting is null ? null : $"/api/meetings/{Uri.EscapeDataString(meeting)}",
            "/api/statements?limit=1",
            $"/api/statements?limit=1&q={Uri.EscapeDataString(word)}",
            $"/api/statements?limit=1&q={Uri.EscapeDataString(word)}&sort=relevance",
            speakerId is null ? null : $"/api/statements?limit=1&speaker={Uri.EscapeDataString(speakerId)}",
            upload is null ? null : $"/api/uploads/{Uri.EscapeDataString(upload)}",
            "/api/queue",
        ];
        foreach (var path in paths.OfType<string>())
        {
            await Get(path);
        }
        return ok;
    }

    private static string? First(JsonElement? page, string property) =>
        page is { } p && p.TryGetProperty("items", out var items) && items.GetArrayLength() > 0
            && items[0].TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Views warmed: {Answered} calls answered")]
    private partial void LogWarmed(int answered);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming the views failed; the node serves them all the same")]
    private partial void LogFailed(Exception e);
}
