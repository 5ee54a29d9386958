using System.Diagnostics;
using System.Globalization;
using Corpus.Grains.Meetings;
using Corpus.Grains.Runtime;
using Corpus.Grains.Sources;
using Corpus.Grains.Speakers;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Dedup;
using Corpus.Storage.Meetings;
using Corpus.Storage.Queue;
using Corpus.Storage.Sources;
using Corpus.Storage.Statements;
using Corpus.Text.Articles;
using Corpus.Text.Boilerplate;
using Corpus.Text.Fingerprints;
using Corpus.Text.Speakers;

namespace Corpus.Grains.Articles;

/// <summary>
/// One article: cleans it, fingerprints it, extracts its statements and meetings, and tells the speaker and meeting
/// grains. The analysis runs before the turn, in parallel; the turn looks up near-duplicates and writes. A near-duplicate
/// of an earlier article points to that group's canonical article, keeps its own source and metadata, and adds no
/// statements, so nothing is counted twice; the canonical article's view lists it among its duplicates.
/// </summary>
public sealed class ArticleGrain(ICorpusStore store, CorpusMetrics metrics) : IGrain
{
    public const string KindName = "article";

    public string Kind => KindName;

    /// <summary>
    /// A turn holds the dedup stripes of all its articles until it commits; small turns keep those lock sets small
    /// enough that turns of unrelated articles on other loops and nodes rarely share one and run side by side.
    /// </summary>
    public int MaxTurnSize => 8;

    public async Task<ITurn> PrepareAsync(IReadOnlyList<WorkItem> items, CancellationToken ct)
    {
        var messages = items.Select(i => (i.GrainKey, Message: GrainMessages.Read<ArticleMessage>(i.Payload))).ToList();
        var forgets = messages
            .Where(m => m.Message.ForgetParagraphs is not null)
            .GroupBy(m => m.GrainKey, StringComparer.Ordinal)
            .Select(g => new ParagraphsToForget(g.Key, g.SelectMany(m => m.Message.ForgetParagraphs!).ToHashSet()))
            .ToList();
        IReadOnlyList<StoredArticle> rows;
        Dictionary<string, HashSet<long>> outletBoilerplate;
        await using (var connection = await store.OpenAsync(ct))
        {
            // Applied in queue order, not in the order the store returns them: which of two near-copies becomes
            // canonical must not depend on how the queue happened to be cut into turns.
            var queueOrder = messages.Select((m, i) => (m.GrainKey, i)).DistinctBy(m => m.GrainKey).ToDictionary(m => m.GrainKey, m => m.i, StringComparer.Ordinal);
            rows = [.. (await ArticleRows.LoadAsync(connection, messages.Where(m => m.Message.ForgetParagraphs is null).Select(m => m.GrainKey), ct)).OrderBy(r => queueOrder[r.Id])];
            var sources = rows.Where(r => r.State == ArticleRows.Queued && r.Source is not null).Select(r => r.Source!).Distinct().ToList();
            outletBoilerplate = await SourceParagraphRows.RecurringAsync(connection, sources, RecurringParagraphs.Threshold, ct);
        }
        var analyzed = rows
            .Where(r => r.State == ArticleRows.Queued)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(r => Prepare(r, r.Source is null ? NoFurniture : outletBoilerplate.GetValueOrDefault(r.Source, NoFurniture)))
            .ToList();
        return new Turn(analyzed, forgets, metrics);
    }

    private Prepared Prepare(StoredArticle row, IReadOnlySet<long> knownFurniture)
    {
        var analysis = ArticleAnalyzer.Analyze(ToDraft(row), metrics.StageCompleted);
        var started = Stopwatch.GetTimestamp();
        var fingerprint = DuplicateFingerprinter.Default.Of(analysis.Article.Body);
        metrics.StageCompleted("fingerprint", Stopwatch.GetElapsedTime(started));
        return new Prepared(row, analysis, fingerprint, OutletFurniture.Of(analysis.Article, knownFurniture));
    }

    private static readonly HashSet<long> NoFurniture = [];

    public Task DeadLetteredAsync(WorkItem item, string reason, CancellationToken ct) =>
        ArticleRows.MarkFailedAsync(store, item.GrainKey, reason, ct);

    public static ArticleDraft ToDraft(StoredArticle row) =>
        new(row.Title, row.RawText, row.RawHtml, row.Url, row.Source, ParseDate(row.Published));

    private static DateOnly? ParseDate(string? published) =>
        published is { Length: >= 10 } && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private sealed record Prepared(StoredArticle Row, AnalyzedArticle Analysis, DuplicateFingerprint Fingerprint, OutletFurniture Furniture);

    private sealed record ParagraphsToForget(string ArticleId, IReadOnlySet<long> Fingerprints);

    private sealed class Turn(List<Prepared> analyzed, List<ParagraphsToForget> forgets, CorpusMetrics metrics) : ITurn
    {
        public IEnumerable<string> LockKeys => DedupBuckets.LockKeysOf(analyzed.SelectMany(p => p.Fingerprint.Buckets));

        public async Task ApplyAsync(GrainTurn turn, CancellationToken ct)
        {
            foreach (var prepared in analyzed)
            {
                await ApplyOneAsync(turn, prepared, ct);
            }
            await OutletFurniture.ForgetAsync(turn.Transaction, forgets.Select(f => (f.ArticleId, f.Fingerprints)), ct);
        }

        /// <summary>
        /// The canonical articles of the groups holding a confirmed copy, earliest first; empty when the article is new.
        /// One candidate per group is enough to confirm it, so the others of that group are not compared.
        /// </summary>
        private static async Task<List<string>> MatchedGroupsAsync(StoreTransaction tx, string id, DuplicateFingerprint fingerprint, CancellationToken ct)
        {
            var groups = new List<string>();
            if (fingerprint.IsEmpty)
            {
                return groups;
            }
            var fingerprinter = DuplicateFingerprinter.Default;
            foreach (var candidate in await DedupBuckets.CandidatesAsync(tx, id, fingerprint.Buckets, fingerprinter.Parameters.MaxCandidates, ct))
            {
                if (!groups.Contains(candidate.Canonical)
                    && fingerprinter.AreDuplicates(fingerprint.Shingles, fingerprinter.ShinglesOf(candidate.AnalyzedText)))
                {
                    groups.Add(candidate.Canonical);
                }
            }
            return groups;
        }

        private async Task ApplyOneAsync(GrainTurn turn, Prepared prepared, CancellationToken ct)
        {
            var (row, analysis, fingerprint, furniture) = prepared;
            var tx = turn.Transaction;
            var article = analysis.Article;
            var source = row.Source ?? article.Source;
            var groups = await MatchedGroupsAsync(tx, row.Id, fingerprint, ct);
            var duplicateOf = groups.FirstOrDefault();
            if (source is not null && furniture.Fingerprints.Count > 0)
            {
                turn.Send(SourceGrain.KindName, source, new SourceMessage(row.Id, furniture.Fingerprints, furniture.Kept, Counted: duplicateOf is null), row.Id);
            }
            foreach (var later in groups.Skip(1))
            {
                // This article bridges two groups: the later one joins the earliest, and its canonical article's
                // statements, counted when it was new, are withdrawn so that they are not counted twice.
                await DedupBuckets.MergeGroupAsync(tx, later, duplicateOf!, ct);
                await StatementRows.ReplaceForArticleAsync(tx, later, [], ct);
            }
            await DedupBuckets.AddAsync(tx, row.Id, fingerprint.Buckets, ct);
            await ArticleRows.SaveProcessedAsync(tx, new ProcessedArticle(
                row.Id,
                row.Title ?? article.Title,
                row.Published ?? article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                source,
                article.Authors,
                furniture.Removal.Body,
                furniture.Removal.RemovedAny ? article.Body : null,
                duplicateOf), turn.NowMs, ct);
            if (duplicateOf is not null)
            {
                await StatementRows.ReplaceForArticleAsync(tx, row.Id, [], ct);
                return;
            }

            // Statements are numbered over the whole analysed text; one inside the outlet's furniture is not stored,
            // but its speaker is still mentioned, as it would have been had the furniture been learnt later.
            var statements = analysis.Statements.Select((s, i) => furniture.Removal.Map(s.Start, s.End) is { } span
                ? new StatementToStore(
                    StableId.Of("statement", row.Id, i.ToString(CultureInfo.InvariantCulture)),
                    row.Id, i, source, s.Text, s.Kind.ToString().ToLowerInvariant(), s.Cue, span.Start, span.End, s.Rule, s.Confidence,
                    s.Speaker is null ? null : GrainMessages.Write(s.Speaker))
                : null).ToList();
            var stored = statements.OfType<StatementToStore>().ToList();
            await StatementRows.ReplaceForArticleAsync(tx, row.Id, stored, ct);
            metrics.StatementsExtracted(stored.Count);

            var mentions = analysis.Statements
                .Select((s, i) => (s.Speaker, StatementId: statements[i]?.Id))
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
                var key = MeetingGrain.KeyOf(participants.Select(p => p.FamilyKey));
                turn.Send(MeetingGrain.KindName, key, new MeetingMessage(
                    row.Id, source, i, m.Title, m.Kind, m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Place, m.InPassing,
                    participants, [.. m.StatementIndexes.Select(s => statements[s]?.Id).OfType<string>()]), row.Id);
            }
        }
    }
}
