using System.Text.Json;
using Corpus.Storage;
using Corpus.Storage.Views;
using Corpus.TestSupport;

namespace Corpus.Cluster.Tests.InProcess;

/// <summary>Every list view and every item's detail, read from the store as the API serves them, once the store's kept counts are checked.</summary>
public static class StoreSnapshot
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<string> TakeAsync(ICorpusStore store)
    {
        var ct = CancellationToken.None;
        await using (var connection = await store.OpenAsync(ct))
        {
            Assert.Empty(await ViewCountsAudit.DisagreementsAsync(connection));
        }
        var articles = new ArticleQueries(store);
        var meetings = new MeetingQueries(store);
        var speakers = new SpeakerQueries(store, meetings);
        var quotes = new QuoteQueries(store);
        var snapshot = new
        {
            articles = await DetailsAsync(p => articles.ListAsync(null, null, p, ct), a => a.Id, id => articles.GetAsync(id, ct)),
            speakers = await DetailsAsync(p => speakers.ListAsync(null, p, ct), s => s.Id, id => speakers.GetAsync(id, ct)),
            meetings = await DetailsAsync(p => meetings.ListAsync(null, null, null, p, ct), m => m.Id, id => meetings.GetAsync(id, ct)),
            quotes = await DetailsAsync(p => quotes.ListAsync(null, 1, p, ct), q => q.Id, id => quotes.GetAsync(id, ct)),
            sources = await AllAsync(p => new SourceQueries(store).ListAsync(p, ct)),
        };
        return JsonSerializer.Serialize(snapshot, Options);
    }

    private static async Task<List<T>> AllAsync<T>(Func<PageRequest, Task<Page<T>>> list)
    {
        var all = new List<T>();
        var page = new PageRequest(PageRequest.MaxLimit, null);
        while (true)
        {
            var next = await list(page);
            all.AddRange(next.Items);
            if (next.Next is null)
            {
                return all;
            }
            Assert.True(PageRequest.TryCreate(PageRequest.MaxLimit, next.Next, out page, out _));
        }
    }

    private static async Task<List<TDetail?>> DetailsAsync<TItem, TDetail>(Func<PageRequest, Task<Page<TItem>>> list, Func<TItem, string> id, Func<string, Task<TDetail?>> detail)
    {
        var details = new List<TDetail?>();
        foreach (var item in await AllAsync(list))
        {
            details.Add(await detail(id(item)));
        }
        return details;
    }
}
