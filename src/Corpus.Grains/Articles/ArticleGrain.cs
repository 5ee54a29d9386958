using System.Diagnostics;
using System.Globalization;
using Corpus.Grains.Meetings;
using Corpus.Grains.Runtime;
using Corpus.Grains.Sources;
using Corpus.Grains.Speakers;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Dedup;
using Corpus.Storage.Queue;
using Corpus.Storage.Sources;
using Corpus.Storage.Statements;
using Corpus.Text.Articles;
using Corpus.Text.Boilerplate;
using Corpus.Text.Fingerprints;

namespace Corpus.Grains.Articles;

/// <summary>
/// One article, in two turns. Taking it in cleans it, fingerprints it, extracts its statements and meetings (in
/// parallel, before the turn) and adds it to the near-copy index. Settling it waits until every article that arrived
/// before it is taken in, then decides whether it copies one of them (<see cref="EarlierCopies"/>): a copy points to
/// that group's canonical article, keeps its own source and metadata, and adds no statements, so nothing is counted
/// twice; an original stores its statements and tells the speaker, meeting and source grains. Which of two copies is
/// canonical thus follows upload order, however many workers process them in whatever order.
/// </summary>
public sealed class ArticleGrain(ICorpusStore store, CorpusMetrics metrics, TimeProvider clock) : IGrain
{
    public const string KindName = "article";

    public string Kind => KindName;

    /// <summary>
    /// Sixteen articles a turn: 8 were about a tenth slower on PolNeAR texts (more transactions, fewer articles settled in
    /// the turn that takes them in), 32 no faster, and a failing article takes the others of its turn back to the queue.
    /// </summary>
    public int MaxTurnSize => 16;

    public async Task<ITurn> PrepareAsync(IReadOnlyList<WorkItem> items, CancellationToken ct)
    {
        var messages = items.Select(i => (Item: i, Message: GrainMessages.Read<ArticleMessage>(i.Payload))).ToList();
        var forgets = messages
            .Where(m => m.Message.ForgetParagraphs is not null)
            .GroupBy(m => m.Item.GrainKey, StringComparer.Ordinal)
            .Select(g => new ParagraphsToForget(g.Key, g.SelectMany(m => m.Message.ForgetParagraphs!).ToHashSet()))
            .ToList();
        var settling = messages.Where(m => m.Message.Findings is not null).ToDictionary(m => m.Item.GrainKey, m => m.Message.Findings!, StringComparer.Ordinal);
        var arrivals = messages
            .Where(m => m.Message.ForgetParagraphs is null && m.Message.Findings is null)
            .ToDictionary(m => m.Item.GrainKey, m => m.Item.Id, StringComparer.Ordinal);
        IReadOnlyList<StoredArticle> rows;
        Dictionary<string, HashSet<long>> outletBoilerplate;
        Dictionary<string, string> indexedTexts;
        await using (var connection = await store.OpenAsync(ct))
        {
            rows = [.. (await ArticleRows.LoadAsync(connection, arrivals.Keys, ct)).Where(r => r.State == ArticleRows.Queued)];
            var sources = rows.Where(r => r.Source is not null).Select(r => r.Source!).Distinct().ToList();
            outletBoilerplate = await SourceParagraphRows.RecurringAsync(connection, sources, RecurringParagraphs.Threshold, ct);
            indexedTexts = await ArticleRows.LoadIndexedTextsAsync(connection, settling.Keys, ct);
        }
        var takenIn = rows
            .AsParallel()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(r => TakeIn(r, arrivals[r.Id], r.Source is null ? NoFurniture : outletBoilerplate.GetValueOrDefault(r.Source, NoFurniture)))
            .OrderBy(t => t.Findings.Arrival)
            .ToList();
        var settled = indexedTexts.Select(t => new Settling(t.Key, settling[t.Key], t.Value)).OrderBy(s => s.Findings.Arrival).ToList();
        return new Turn(takenIn, settled, forgets, metrics);
    }

    private TakenIn TakeIn(StoredArticle row, long arrival, IReadOnlySet<long> knownFurniture)
    {
        var analysis = ArticleAnalyzer.Analyze(ToDraft(row), metrics.StageCompleted);
        var started = Stopwatch.GetTimestamp();
        var fingerprint = DuplicateFingerprinter.Default.Of(analysis.Article.Body);
        metrics.StageCompleted("fingerprint", Stopwatch.GetElapsedTime(started));
        var article = analysis.Article;
        var furniture = OutletFurniture.Of(article, knownFurniture);
        var source = row.Source ?? article.Source;
        var indexed = new IndexedArticle(
            row.Id,
            row.Title ?? article.Title,
            row.Published ?? article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            source,
            article.Authors,
            furniture.Removal.Body,
            furniture.Removal.RemovedAny ? article.Body : null,
            arrival);
        return new TakenIn(indexed, ArticleFindings.Of(row.Id, source, analysis, fingerprint.Buckets, furniture, arrival));
    }

    private static readonly HashSet<long> NoFurniture = [];

    /// <summary>
    /// Marks the article failed. A later article may have settled as a copy of it while it was taken in but not yet
    /// settled, and would point to an article that never stores its statements: in the same transaction, such copies
    /// are put back to be taken in again, in upload order, so that the earliest becomes the story's canonical article
    /// (or joins another earlier copy of it).
    /// </summary>
    public async Task DeadLetteredAsync(WorkItem item, string reason, CancellationToken ct)
    {
        var failed = item.GrainKey;
        var copies = await ArticleRows.CopiesOfAsync(store, failed, ct);
        IEnumerable<string> locks = copies.Count == 0 ? [] : [WorkQueue.InputLockKey, .. copies.Select(c => $"{KindName}:{c.Id}")];
        await using var tx = await store.BeginAsync([$"{KindName}:{failed}", .. locks], ct);
        if (await ArticleRows.MarkFailedAsync(tx, failed, reason, ct) && copies.Count > 0)
        {
            var requeued = await ArticleRows.RequeueCopiesAsync(tx, failed, [.. copies.Select(c => c.Id)], ct);
            foreach (var (id, indexedText) in copies.Where(c => requeued.Contains(c.Id)))
            {
                await DedupBuckets.RemoveAsync(tx, id, DuplicateFingerprinter.Default.Of(indexedText).Buckets, ct);
            }
            await WorkQueue.EnqueueAsync(
                tx,
                requeued.Select(id => new NewWorkItem(KindName, id, GrainMessages.Write(ArticleMessage.Process), Priority: WorkPriority.NewInput)),
                clock.GetUtcNow().ToUnixTimeMilliseconds(),
                ct);
        }
        await tx.CommitAsync(ct);
    }

    public static ArticleDraft ToDraft(StoredArticle row) =>
        new(row.Title, row.RawText, row.RawHtml, row.Url, row.Source, ParseDate(row.Published));

    private static DateOnly? ParseDate(string? published) =>
        published is { Length: >= 10 } && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private sealed record TakenIn(IndexedArticle Article, ArticleFindings Findings);

    /// <param name="IndexedText">The text the article was fingerprinted on, shingled again only when it has candidates.</param>
    private sealed record Settling(string ArticleId, ArticleFindings Findings, string IndexedText);

    private sealed record ParagraphsToForget(string ArticleId, IReadOnlySet<long> Fingerprints);

    private sealed class Turn(List<TakenIn> takenIn, List<Settling> settling, List<ParagraphsToForget> forgets, CorpusMetrics metrics) : ITurn
    {
        /// <summary>What this turn has settled, written together at its end.</summary>
        private readonly SettledArticles _settled = new();

        public async Task ApplyAsync(GrainTurn turn, CancellationToken ct)
        {
            // Articles are taken in in arrival order, and one is only ever compared with articles that arrived before
            // it, so the whole turn's articles go into the index at once. One that no other earlier input is still
            // waiting for is settled right away instead of through the queue.
            var frontier = takenIn.Count == 0 ? 0 : await WorkQueue.InputFrontierAsync(turn.Transaction, [.. takenIn.Select(t => t.Findings.Arrival)], ct);
            await DedupBuckets.AddAsync(turn.Transaction, takenIn.Select(t => (t.Article.Id, (IEnumerable<long>)t.Findings.Buckets)), ct);
            await ArticleRows.SaveIndexedAsync(turn.Transaction, [.. takenIn.Select(t => t.Article)], ct);
            foreach (var (indexed, findings) in takenIn)
            {
                if (findings.Arrival < frontier)
                {
                    await SettleAsync(turn, new Settling(indexed.Id, findings, indexed.AnalyzedText ?? indexed.CleanText), ct);
                }
                else
                {
                    turn.Send(KindName, indexed.Id, ArticleMessage.Settle(findings), indexed.Id, afterInput: findings.Arrival);
                }
            }
            foreach (var article in settling)
            {
                await SettleAsync(turn, article, ct);
            }
            await _settled.SaveAsync(turn, ct);
            metrics.StatementsExtracted(_settled.StatementCount);
            await OutletFurniture.ForgetAsync(turn.Transaction, [.. forgets.Select(f => (f.ArticleId, f.Fingerprints))], ct);
        }

        private async Task SettleAsync(GrainTurn turn, Settling settling, CancellationToken ct)
        {
            var (id, findings, text) = settling;
            var started = Stopwatch.GetTimestamp();
            var duplicateOf = await EarlierCopies.CanonicalAsync(
                turn.Transaction, id, findings.Arrival, findings.Buckets, () => DuplicateFingerprinter.Default.ShinglesOf(text), _settled.Decisions, ct);
            metrics.StageCompleted("dedup", Stopwatch.GetElapsedTime(started));
            _settled.Add(id, duplicateOf, duplicateOf is null ? findings.Statements : []);
            if (findings.Source is { } outlet)
            {
                turn.Send(SourceGrain.KindName, outlet.Key, outlet.Message with { Counted = duplicateOf is null }, id);
            }
            if (duplicateOf is not null)
            {
                return;
            }
            foreach (var speaker in findings.Speakers)
            {
                turn.Send(SpeakerGrain.KindName, speaker.Key, speaker.Message, id);
            }
            foreach (var meeting in findings.Meetings)
            {
                turn.Send(MeetingGrain.KindName, meeting.Key, meeting.Message, id);
            }
        }
    }

    /// <summary>The articles a turn settles: whether each copies an earlier one, and the statements of the originals.</summary>
    private sealed class SettledArticles
    {
        private readonly List<(string Id, string? DuplicateOf)> _articles = [];
        private readonly List<StatementToStore> _statements = [];

        /// <summary>Decisions made in this turn but not yet written, for articles settled later in it that copy these.</summary>
        public Dictionary<string, string?> Decisions { get; } = new(StringComparer.Ordinal);

        public int StatementCount => _statements.Count;

        public void Add(string id, string? duplicateOf, IReadOnlyList<StatementToStore> statements)
        {
            _articles.Add((id, duplicateOf));
            _statements.AddRange(statements);
            Decisions[id] = duplicateOf;
        }

        public async Task SaveAsync(GrainTurn turn, CancellationToken ct)
        {
            await ArticleRows.SaveSettledAsync(turn.Transaction, _articles, turn.NowMs, ct);
            await StatementRows.AddAsync(turn.Transaction, _statements, ct);
        }
    }
}
