using Corpus.Text.Meetings;
using Corpus.Text.Statements;

namespace Corpus.Text.Articles;

/// <summary>Everything the text core finds in one article: its clean text, who said what, and the meetings it reports.</summary>
public sealed record AnalyzedArticle(
    CleanArticle Article,
    IReadOnlyList<StatementFinding> Statements,
    IReadOnlyList<MeetingFinding> Meetings);
