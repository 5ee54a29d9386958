using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corpus.Storage;

namespace Corpus.Cli.Commands;

/// <summary>The HTTP API v1 as the command line uses it.</summary>
internal sealed class CorpusClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const int MaxAttemptsWhenLimited = 6;
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    private readonly HttpClient _http;

    public CorpusClient(Uri server, string? apiKey = null)
    {
        _http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromHours(2) };
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey.Trim());
        }
    }

    public async Task<T> GetAsync<T>(string path, CancellationToken ct)
    {
        using var response = await _http.GetAsync(path, ct);
        await EnsureSuccessAsync(response, ct);
        return (await response.Content.ReadFromJsonAsync<T>(Json, ct))!;
    }

    /// <summary>Follows cursors until <paramref name="max"/> items are read or the list ends; the next cursor is kept.</summary>
    public async Task<Page<T>> PageThroughAsync<T>(string path, int max, CancellationToken ct)
    {
        var items = new List<T>();
        string? cursor = null;
        do
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var page = await GetAsync<Page<T>>($"{path}{separator}limit={Math.Min(500, max - items.Count)}{(cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor))}", ct);
            items.AddRange(page.Items);
            cursor = page.Next;
        }
        while (cursor is not null && items.Count < max);
        return new Page<T>(items, cursor);
    }

    /// <summary>Posts, and when the server says too many uploads (429) waits as long as it asks and sends again.</summary>
    public async Task<T> PostAsync<T>(string path, HttpContent content, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await _http.PostAsync(path, content, ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttemptsWhenLimited)
            {
                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(attempt);
                await Task.Delay(wait < LongestWait ? wait : LongestWait, ct);
                continue;
            }
            await EnsureSuccessAsync(response, ct);
            return (await response.Content.ReadFromJsonAsync<T>(Json, ct))!;
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var body = await response.Content.ReadAsStringAsync(ct);
        var (title, detail) = Problem.Read(body) ?? (response.ReasonPhrase ?? "Request failed", string.IsNullOrWhiteSpace(body) ? null : body.Trim());
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            detail = $"This server needs an API key: pass --api-key or set {ApiKeyOption.Variable}. {detail}".TrimEnd();
        }
        throw new ProblemException((int)response.StatusCode, title, detail);
    }

    public void Dispose() => _http.Dispose();
}
