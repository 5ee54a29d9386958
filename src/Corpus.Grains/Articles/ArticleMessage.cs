namespace Corpus.Grains.Articles;

/// <summary>
/// To an article grain: take in the uploaded article; settle it, once every article that arrived before it is taken
/// in; or, once processed, forget paragraphs its outlet repeats everywhere.
/// </summary>
public sealed record ArticleMessage(IReadOnlyList<long>? ForgetParagraphs = null, ArticleFindings? Findings = null)
{
    public static readonly ArticleMessage Process = new();

    public static ArticleMessage Forget(IReadOnlyList<long> fingerprints) => new(fingerprints);

    public static ArticleMessage Settle(ArticleFindings findings) => new(Findings: findings);
}
