namespace Corpus.Text.Evaluation.Attribution;

/// <summary>What went wrong in one article: quote statements matching no relation, gold direct relations not found, and wrong speakers; and the same for indirect speech.</summary>
public sealed record ArticleJudgement(
    IReadOnlyList<ScoredStatement> UnmatchedQuotes,
    IReadOnlyList<GoldRelation> MissedDirect,
    IReadOnlyList<(GoldRelation Gold, ScoredStatement Judged)> WrongSpeakers)
{
    /// <summary>Indirect statements lying inside no relation of the pool.</summary>
    public IReadOnlyList<ScoredStatement> UnmatchedIndirect { get; init; } = [];

    /// <summary>Gold indirect relations not found by the indirect and partial statements.</summary>
    public IReadOnlyList<GoldRelation> MissedIndirect { get; init; } = [];
}
