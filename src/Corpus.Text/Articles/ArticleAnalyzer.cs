using System.Diagnostics;
using Corpus.Text.Cleaning;
using Corpus.Text.Meetings;
using Corpus.Text.Statements;

namespace Corpus.Text.Articles;

/// <summary>The text pipeline as separate stages: clean, extract statements, detect meetings.</summary>
public static class ArticleAnalyzer
{
    /// <param name="stageTimed">Told how long each named stage took, for metrics.</param>
    public static AnalyzedArticle Analyze(ArticleDraft draft, Action<string, TimeSpan>? stageTimed = null)
    {
        var clean = Timed("clean", stageTimed, () => Clean(draft));
        var statements = Timed("statements", stageTimed, () => StatementExtractor.Extract(clean));
        var meetings = Timed("meetings", stageTimed, () => MeetingDetector.Detect(clean, statements));
        return new AnalyzedArticle(clean, statements, meetings);
    }

    public static CleanArticle Clean(ArticleDraft draft) =>
        string.IsNullOrWhiteSpace(draft.Html)
            ? PlainTextCleaner.Clean(draft)
            : HtmlCleaner.Clean(draft);

    private static T Timed<T>(string stage, Action<string, TimeSpan>? stageTimed, Func<T> run)
    {
        if (stageTimed is null)
        {
            return run();
        }
        var started = Stopwatch.GetTimestamp();
        var result = run();
        stageTimed(stage, Stopwatch.GetElapsedTime(started));
        return result;
    }
}
