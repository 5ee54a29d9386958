using Orleans.Concurrency;

namespace Corpus.Grains.Articles;

/// <summary>One uploaded article, keyed by its id.</summary>
[Alias("corpus.article")]
public interface IArticleGrain : IGrainWithStringKey
{
    /// <summary>Cleans and analyses the article as uploaded; the same article always yields the same analysis.</summary>
    [Alias("analyze")]
    Task<ArticleAnalysis> AnalyzeAsync();

    /// <summary>
    /// Takes out paragraphs its outlet turned out to print under many articles, moving its statements with their words.
    /// It interleaves with an analysis, which may be waiting on the very source grain that calls this.
    /// </summary>
    [AlwaysInterleave, Alias("forget-paragraphs")]
    Task ForgetParagraphsAsync(IReadOnlyList<long> fingerprints);
}
