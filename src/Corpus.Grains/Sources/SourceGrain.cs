using Corpus.Grains.Articles;
using Corpus.Storage;
using Corpus.Storage.Facts;
using Orleans.Concurrency;

namespace Corpus.Grains.Sources;

/// <summary>
/// One outlet: learns its furniture (<see cref="OutletParagraphs"/>) from the paragraphs its articles store once when
/// they are settled. On activation it counts them all again in upload order and tells the articles that held a
/// furniture paragraph to drop it (which changes nothing for one that already did).
/// </summary>
public sealed class SourceGrain(ICorpusStore store) : Grain, ISourceGrain
{
    private readonly OutletParagraphs _paragraphs = new();
    private readonly HashSet<string> _counted = new(StringComparer.Ordinal);
    private IReadOnlyList<long> _furniture = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        List<ArticleParagraphs> stored;
        await using (var connection = await store.OpenAsync(cancellationToken))
        {
            stored = await ArticleParagraphRows.LoadSourceAsync(connection, this.GetPrimaryKeyString(), cancellationToken);
        }
        var toForget = Count(stored);
        // Told after activation: an article being analysed may be waiting for this grain's furniture.
        if (toForget.Count > 0)
        {
            IGrainTimer? once = null;
            once = this.RegisterGrainTimer(async () =>
            {
                once?.Dispose();
                await ForgetAsync(toForget);
            }, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    public Task<IReadOnlyList<long>> FurnitureAsync() => Task.FromResult(_furniture);

    public Task CountAsync(Immutable<IReadOnlyList<ArticleParagraphs>> articles) => ForgetAsync(Count(articles.Value));

    private Dictionary<string, SortedSet<long>> Count(IEnumerable<ArticleParagraphs> articles)
    {
        var toForget = new Dictionary<string, SortedSet<long>>(StringComparer.Ordinal);
        foreach (var article in articles.Where(a => _counted.Add(a.ArticleId)))
        {
            _paragraphs.Count(article, toForget);
        }
        _furniture = _paragraphs.Furniture();
        return toForget;
    }

    private Task ForgetAsync(Dictionary<string, SortedSet<long>> toForget) =>
        Task.WhenAll(toForget.Select(f => GrainFactory.GetGrain<IArticleGrain>(f.Key).ForgetParagraphsAsync([.. f.Value])));
}
