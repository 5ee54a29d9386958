using System.Globalization;
using Corpus.Grains.Meetings;
using Corpus.Grains.Runtime;
using Corpus.Grains.Speakers;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Meetings;
using Corpus.Storage.Queue;
using Corpus.Storage.Statements;
using Corpus.Text.Articles;
using Corpus.Text.Speakers;

namespace Corpus.Grains.Articles;

/// <summary>
/// One article: cleans it, extracts its statements and meetings, and tells the speaker and meeting grains.
/// The analysis runs before the turn, in parallel; the turn only writes.
/// </summary>
public sealed class ArticleGrain(ICorpusStore store, CorpusMetrics metrics) : IGrain
{
    public const string KindName = "article";

    public string Kind => KindName;

    public async Task<ITurn> PrepareAsync(IReadOnlyList<WorkItem> items, CancellationToken ct)
    {
        IReadOnlyList<StoredArticle> rows;
        await using (var connection = await store.OpenAsync(ct))
        {
            rows = await ArticleRows.LoadAsync(connection, items.Select(i => i.GrainKey), ct);
        }
        var analyzed = rows
            .Where(r => r.State == ArticleRows.Queued)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(r => (Row: r, Analysis: ArticleAnalyzer.Analyze(ToDraft(r), stageTimed: metrics.StageCompleted)))
            .ToList();
        return new Turn(analyzed, metrics);
    }

    public Task DeadLetteredAsync(WorkItem item, string reason, CancellationToken ct) =>
        ArticleRows.MarkFailedAsync(store, item.GrainKey, reason, ct);

    public static ArticleDraft ToDraft(StoredArticle row) =>
        new(row.Title, row.RawText, row.RawHtml, row.Url, row.Source, ParseDate(row.Published));

    private static DateOnly? ParseDate(string? published) =>
        published is { Length: >= 10 } && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private sealed class Turn(List<(StoredArticle Row, AnalyzedArticle Analysis)> analyzed, CorpusMetrics metrics) : ITurn
    {
        public async Task ApplyAsync(GrainTurn turn, CancellationToken ct)
        {
            foreach (var (row, analysis) in analyzed)
            {
                await ApplyOneAsync(turn, row, analysis, ct);
            }
        }

        private async Task ApplyOneAsync(GrainTurn turn, StoredArticle row, AnalyzedArticle analysis, CancellationToken ct)
        {
            var tx = turn.Transaction;
            var article = analysis.Article;
            var source = row.Source ?? article.Source;
            await ArticleRows.SaveProcessedAsync(tx, new ProcessedArticle(
                row.Id,
                row.Title ?? article.Title,
                row.Published ?? article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                source,
                article.Authors,
                article.Body,
                DuplicateOf: null), turn.NowMs, ct);

            var statements = analysis.Statements.Select((s, i) => new StatementToStore(
                StableId.Of("statement", row.Id, i.ToString(CultureInfo.InvariantCulture)),
                row.Id, i, source, s.Text, s.Kind.ToString().ToLowerInvariant(), s.Cue, s.Start, s.End, s.Rule, s.Confidence,
                s.Speaker is null ? null : GrainMessages.Write(s.Speaker))).ToList();
            await StatementRows.ReplaceForArticleAsync(tx, row.Id, statements, ct);
            metrics.StatementsExtracted(statements.Count);

            var mentions = analysis.Statements
                .Select((s, i) => (s.Speaker, StatementId: (string?)statements[i].Id))
                .Concat(analysis.Meetings.SelectMany(m => m.Participants).Select(p => ((SpeakerRef?)p, StatementId: (string?)null)))
                .Where(m => m.Item1 is not null)
                .Select(m => new SpeakerMention(m.StatementId, m.Item1!.Name, m.Item1.Kind, m.Item1.Aliases, m.Item1.Roles));
            foreach (var family in mentions.GroupBy(m => SpeakerNames.FamilyKey(m.Name, m.Kind)))
            {
                turn.Send(SpeakerGrain.KindName, family.Key, new SpeakerMessage(row.Id, source, [.. family]), row.Id);
            }

            for (var i = 0; i < analysis.Meetings.Count; i++)
            {
                var m = analysis.Meetings[i];
                var participants = m.Participants.Select(p => new MeetingParticipant(p.FamilyKey, p.Name)).ToList();
                var key = string.Join('+', participants.Select(p => p.FamilyKey).Distinct().Order(StringComparer.Ordinal));
                turn.Send(MeetingGrain.KindName, key, new MeetingMessage(
                    row.Id, source, i, m.Title, m.Kind, m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Place, m.InPassing,
                    participants, [.. m.StatementIndexes.Select(s => statements[s].Id)]), row.Id);
            }
        }
    }
}
