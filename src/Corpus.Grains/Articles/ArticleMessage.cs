namespace Corpus.Grains.Articles;

/// <summary>To an article grain: process the uploaded article, or, once processed, forget paragraphs its outlet repeats everywhere.</summary>
public sealed record ArticleMessage(IReadOnlyList<long>? ForgetParagraphs = null)
{
    public static readonly ArticleMessage Process = new();

    public static ArticleMessage Forget(IReadOnlyList<long> fingerprints) => new(fingerprints);
}
