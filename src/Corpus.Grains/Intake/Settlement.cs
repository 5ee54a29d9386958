using System.Diagnostics;
using Corpus.Grains.Articles;
using Corpus.Grains.Meetings;
using Corpus.Grains.Sources;
using Corpus.Grains.Speakers;
using Corpus.Grains.Telemetry;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Dedup;
using Corpus.Storage.Facts;
using Corpus.Storage.Statements;
using Orleans.Concurrency;

namespace Corpus.Grains.Intake;

/// <summary>An unfinished article and what analysing it found.</summary>
internal sealed record Analysed(UnfinishedArticle Row, ArticleAnalysis Analysis);

/// <summary>What a settling pass did.</summary>
internal sealed record SettledPass(int Processed, int Failed, long Statements);

/// <summary>A pass whose decisions and findings are stored: what is left is to hand them on and mark it processed.</summary>
internal sealed record StoredPass(IReadOnlyList<Decided> Articles);

/// <param name="IsNew">Decided in this pass, as opposed to settled before and resumed.</param>
internal sealed record Decided(ArticleAnalysis Analysis, bool IsNew, string? DuplicateOf, string? Failure)
{
    public bool IsOriginal => DuplicateOf is null;

    /// <summary>A copy still loses its outlet's furniture, but does not count towards it.</summary>
    public ArticleParagraphs? Paragraphs => Analysis.Paragraphs is { } p ? p with { Counted = IsOriginal } : null;
}

/// <summary>
/// Settles analysed articles, in upload order, in two steps. <see cref="StoreAsync"/> decides which copy earlier ones
/// and stores in one commit what each yields (its clean text and decision, the originals' statements, mentions, meeting
/// reports, and outlet paragraphs). <see cref="FinishAsync"/> hands the originals' findings to the speaker, meeting and
/// source grains and marks the articles processed once all of them have stored what they derived. Findings go to each
/// grain in one call per pass, and a pass is finished only after the one before it, so a grain sees an article's
/// findings after those of every article uploaded before it. The next pass may be stored while one is being finished:
/// its decisions need only what earlier passes stored.
/// </summary>
internal sealed class Settlement(ICorpusStore store, StoreWriter writer, IGrainFactory grains, TimeProvider clock, CorpusMetrics metrics, int indexBatchArticles)
{
    private readonly CopyDecisions _copies = new(indexBatchArticles, metrics);

    public async Task<StoredPass> StoreAsync(IReadOnlyList<Analysed> articles, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var decided = await DecideAsync(articles, ct);
        started = metrics.Lap("settle.decide", started);
        await StoreFindingsAsync(decided, ct);
        metrics.Lap("settle.store", started);
        // Should finishing fail, it is tried again from here: the pass's articles are settled, their findings stored.
        foreach (var (row, decision) in articles.Select(a => a.Row).Zip(decided).Where(p => p.Second.IsNew && p.Second.Failure is null))
        {
            (row.State, row.DuplicateOf) = (ArticleRows.Settled, decision.DuplicateOf);
        }
        return new StoredPass(decided);
    }

    public async Task<SettledPass> FinishAsync(StoredPass pass)
    {
        var started = Stopwatch.GetTimestamp();
        await HandOnAsync(pass.Articles);
        started = metrics.Lap("settle.hand-on", started);
        var done = pass.Articles.Where(d => d.Failure is null).Select(d => d.Analysis.ArticleId).ToList();
        await writer.WriteAsync((tx, c) => ArticleRows.MarkProcessedAsync(tx, done, clock.GetUtcNow().ToUnixTimeMilliseconds(), c));
        metrics.Lap("settle.mark-processed", started);
        return new SettledPass(
            done.Count,
            pass.Articles.Count(d => d.Failure is not null),
            pass.Articles.Where(d => d.IsNew && d.IsOriginal).Sum(d => (long)d.Analysis.Statements.Count));
    }

    private async Task<List<Decided>> DecideAsync(IReadOnlyList<Analysed> articles, CancellationToken ct)
    {
        static bool Failed(Analysed a) => a.Analysis.Failure is not null || a.Analysis.Article is null;
        var fresh = articles.Where(a => !Failed(a) && a.Row.State != ArticleRows.Settled).Select(a => a.Analysis).ToList();
        IReadOnlyList<string?> canonicals;
        await using (var connection = await store.OpenAsync(ct))
        {
            canonicals = await _copies.CanonicalsAsync(connection, fresh, ct);
        }
        var next = 0;
        return [.. articles.Select(a =>
            Failed(a) ? new Decided(a.Analysis, IsNew: a.Row.State == ArticleRows.Queued, DuplicateOf: null, a.Analysis.Failure ?? "No analysis.")
            // Settled before its silo was lost: the decision and findings are stored; only handing them on is redone.
            : a.Row.State == ArticleRows.Settled ? new Decided(a.Analysis, IsNew: false, a.Row.DuplicateOf, Failure: null)
            : new Decided(a.Analysis, IsNew: true, canonicals[next++], Failure: null))];
    }

    private async Task StoreFindingsAsync(List<Decided> decided, CancellationToken ct)
    {
        var fresh = decided.Where(d => d.IsNew && d.Failure is null).ToList();
        var originals = fresh.Where(d => d.IsOriginal).Select(d => d.Analysis).ToList();
        var failures = decided.Where(d => d.Failure is not null).Select(d => (d.Analysis.ArticleId, d.Failure!)).ToList();
        var buckets = _copies.TakeIndexBatch();
        if (fresh.Count == 0 && failures.Count == 0 && buckets is null)
        {
            return;
        }
        await writer.WriteAsync(async (tx, c) =>
        {
            await ArticleRows.SaveSettledAsync(tx, [.. fresh.Select(d => d.Analysis.Article! with { DuplicateOf = d.DuplicateOf })], c);
            if (buckets is not null)
            {
                await DedupBuckets.AddAsync(tx, buckets.Articles, buckets.Through, c);
            }
            await StatementRows.AddAsync(tx, [.. originals.SelectMany(a => a.Statements)], c);
            await MentionRows.AddAsync(tx, [.. originals.SelectMany(a => a.Mentions)], c);
            await MeetingMentionRows.AddAsync(
                tx, [.. originals.SelectMany(a => a.Meetings).Select(m => new StoredMeetingMention(m.ArticleId, m.Ordinal, m.GrainKey, m.Arrival, Json.Write(m)))], c);
            await ArticleParagraphRows.AddAsync(tx, [.. fresh.Select(d => d.Paragraphs).OfType<ArticleParagraphs>()], c);
            await ArticleRows.MarkFailedAsync(tx, failures, c);
        });
        if (buckets is not null)
        {
            _copies.Indexed(buckets);
        }
    }

    private Task HandOnAsync(IReadOnlyList<Decided> decided)
    {
        var settled = decided.Where(d => d.Failure is null).ToList();
        var originals = settled.Where(d => d.IsOriginal).Select(d => d.Analysis).ToList();
        var quotable = originals.SelectMany(a => a.Quotable).ToDictionary(q => q.Id, StringComparer.Ordinal);
        var speakers = originals.SelectMany(a => a.Mentions).GroupBy(m => m.FamilyKey, StringComparer.Ordinal).Select(family =>
            grains.GetGrain<ISpeakerGrain>(family.Key).AttributeAsync(
                ((IReadOnlyList<StoredMention>)[.. family]).AsImmutable(),
                ((IReadOnlyList<QuotedStatement>)[.. family.Select(m => m.StatementId).OfType<string>().Distinct().Where(quotable.ContainsKey).Select(id => quotable[id])]).AsImmutable()));
        var meetings = originals.SelectMany(a => a.Meetings).GroupBy(m => m.GrainKey, StringComparer.Ordinal).Select(grain =>
            grains.GetGrain<IMeetingGrain>(grain.Key).ReportAsync([.. grain]));
        var sources = settled.Select(d => d.Paragraphs).OfType<ArticleParagraphs>().GroupBy(p => p.Source, StringComparer.Ordinal).Select(outlet =>
            grains.GetGrain<ISourceGrain>(outlet.Key).CountAsync(((IReadOnlyList<ArticleParagraphs>)[.. outlet]).AsImmutable()));
        return Task.WhenAll(speakers.Concat(meetings).Concat(sources));
    }
}
