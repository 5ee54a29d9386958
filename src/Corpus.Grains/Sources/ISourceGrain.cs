using Corpus.Storage.Facts;
using Orleans.Concurrency;

namespace Corpus.Grains.Sources;

/// <summary>One outlet, keyed by its name.</summary>
[Alias("corpus.source")]
public interface ISourceGrain : IGrainWithStringKey
{
    /// <summary>The paragraphs the outlet prints under so many articles that they are furniture, not news.</summary>
    [AlwaysInterleave, Alias("furniture")]
    Task<IReadOnlyList<long>> FurnitureAsync();

    /// <summary>Articles of the outlet, with the paragraphs that might be furniture; an article already counted changes nothing.</summary>
    [Alias("count")]
    Task CountAsync(Immutable<IReadOnlyList<ArticleParagraphs>> articles);
}
