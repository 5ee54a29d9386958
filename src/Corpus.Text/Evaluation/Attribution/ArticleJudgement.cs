namespace Corpus.Text.Evaluation.Attribution;

/// <summary>What went wrong in one article: quote statements matching no relation, gold direct relations not found, and wrong speakers.</summary>
public sealed record ArticleJudgement(
    IReadOnlyList<ScoredStatement> UnmatchedQuotes,
    IReadOnlyList<GoldRelation> MissedDirect,
    IReadOnlyList<(GoldRelation Gold, ScoredStatement Judged)> WrongSpeakers);
