using Corpus.Grains.Articles;
using Corpus.Storage;
using Corpus.Storage.Facts;
using Orleans.Concurrency;

namespace Corpus.Grains.Sources;

/// <summary>
/// One outlet: learns its furniture (<see cref="OutletParagraphs"/>) from the paragraphs its articles store once when
/// they are settled. On activation it counts them all again in upload order; the articles that held a furniture
/// paragraph are told to drop it (which changes nothing for one that already did) in the next count, which is where a
/// count cut short by a lost silo is made again, so no article keeps furniture that a settled article taught. It
/// remembers only the articles it counted lately; an older article told again is counted again with all the others.
/// </summary>
public sealed class SourceGrain(ICorpusStore store) : Grain, ISourceGrain
{
    private OutletParagraphs _paragraphs = new();
    private TakenIn<ArticleParagraphs> _counted = NewCounted();
    private Dictionary<string, SortedSet<long>> _toForget = new(StringComparer.Ordinal);
    private IReadOnlyList<long> _furniture = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken) => CountAllAsync(cancellationToken);

    public Task<IReadOnlyList<long>> FurnitureAsync() => Task.FromResult(_furniture);

    public async Task CountAsync(Immutable<IReadOnlyList<ArticleParagraphs>> articles)
    {
        if (articles.Value.Any(_counted.MayHaveForgotten))
        {
            // Every article told is stored by now.
            await CountAllAsync(CancellationToken.None);
        }
        else
        {
            Count(articles.Value);
        }
        var toForget = _toForget;
        _toForget = new(StringComparer.Ordinal);
        try
        {
            await Task.WhenAll(toForget.Select(f => GrainFactory.GetGrain<IArticleGrain>(f.Key).ForgetParagraphsAsync([.. f.Value])));
        }
        catch
        {
            // Told again in the next count: forgetting twice changes nothing.
            foreach (var (article, fingerprints) in toForget)
            {
                (_toForget.TryGetValue(article, out var set) ? set : _toForget[article] = []).UnionWith(fingerprints);
            }
            throw;
        }
    }

    private async Task CountAllAsync(CancellationToken ct)
    {
        List<ArticleParagraphs> stored;
        await using (var connection = await store.OpenAsync(ct))
        {
            stored = await ArticleParagraphRows.LoadSourceAsync(connection, this.GetPrimaryKeyString(), ct);
        }
        _paragraphs = new();
        _counted = NewCounted();
        _furniture = [];
        Count(stored);
    }

    private void Count(IEnumerable<ArticleParagraphs> articles)
    {
        var learnt = false;
        foreach (var article in _counted.Add(articles, out _))
        {
            learnt |= _paragraphs.Count(article, _toForget);
        }
        if (learnt)
        {
            _furniture = [.. _paragraphs.Furniture];
        }
    }

    private static TakenIn<ArticleParagraphs> NewCounted() => new(a => (a.Arrival, 0), a => (a.Arrival, 0), TakenIn<ArticleParagraphs>.Recent);
}
