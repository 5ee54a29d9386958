using System.Diagnostics;
using Corpus.Grains.Articles;
using Corpus.Grains.Telemetry;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Corpus.Grains.Intake;

/// <summary>
/// Takes uploaded articles in, in upload order. It reads the unfinished articles from the store, has up to
/// <see cref="IntakeOptions.Window"/> of them analysed at once by their article grains (spread over the silos), and
/// settles them (<see cref="Settlement"/>) in upload order as the earliest ones come back. Everything it holds can be
/// read again from the store, so when its silo dies another silo's activation simply starts over from the articles
/// that are not processed: nothing acknowledged is lost, and what was stored once is not stored again.
/// </summary>
[Reentrant]
public sealed partial class IntakeGrain(
    ICorpusStore store, StoreWriter writer, TimeProvider clock, CorpusMetrics metrics, IOptions<IntakeOptions> options, ILogger<IntakeGrain> log)
    : Grain, IIntakeGrain
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    private readonly SortedDictionary<long, InFlight> _inFlight = [];
    private Settlement _settlement = null!;
    private long _readThrough = long.MinValue;
    private Task _pump = Task.CompletedTask;
    private Task _finishing = Task.CompletedTask;

    /// <summary>Set when the activation goes away: its loops stop, and the next activation starts over from the store.</summary>
    private bool _deactivated;
    private bool _nudged;

    /// <summary>Uploads wake the intake, and so does every silo every few seconds (<c>IntakeKeeper</c>).</summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _settlement = new Settlement(store, writer, GrainFactory, clock, metrics, options.Value.IndexBatchArticles);
        Nudge();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _deactivated = true;
        return Task.CompletedTask;
    }

    public Task ArticlesArrivedAsync()
    {
        Nudge();
        return Task.CompletedTask;
    }

    private void Nudge()
    {
        if (_pump.IsCompleted)
        {
            _pump = PumpAsync();
        }
        else
        {
            _nudged = true;
        }
    }

    private async Task PumpAsync()
    {
        var failures = 0;
        while (!_deactivated)
        {
            _nudged = false;
            try
            {
                await ReadAsync();
                if (_inFlight.Count == 0)
                {
                    if (_nudged)
                    {
                        continue;
                    }
                    return;
                }
                await SettleReadyAsync();
                failures = 0;
            }
            catch (Exception ex)
            {
                failures++;
                LogPumpFailed(ex, failures);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(10_000, 100 * Math.Pow(2, Math.Min(failures, 7)))));
            }
            finally
            {
                metrics.InFlight(_inFlight.Count);
            }
        }
    }

    /// <summary>Starts analysing unfinished articles, in upload order, until the window is full.</summary>
    private async Task ReadAsync()
    {
        var room = options.Value.Window - _inFlight.Count;
        if (room <= 0)
        {
            return;
        }
        IReadOnlyList<UnfinishedArticle> rows;
        await using (var connection = await store.OpenAsync(CancellationToken.None))
        {
            rows = await ArticleRows.UnfinishedAsync(connection, _readThrough, room, CancellationToken.None);
        }
        foreach (var row in rows)
        {
            _inFlight[row.Arrival] = new InFlight(row, AnalyzeAsync(row));
            _readThrough = row.Arrival;
        }
    }

    /// <summary>
    /// Waits a while for the earliest article, then stores every analysed article up to the first one still out, while
    /// the pass before is still being finished; this pass is finished after that one.
    /// </summary>
    private async Task SettleReadyAsync()
    {
        var head = _inFlight.First().Value.Analysis;
        await Task.WhenAny(head, Task.Delay(Poll));
        if (!head.IsCompleted)
        {
            return;
        }
        var ready = _inFlight.Values.TakeWhile(f => f.Analysis.IsCompleted).Take(options.Value.MaxPass)
            .Select(f => new Analysed(f.Row, f.Analysis.Result))
            .ToList();
        StoredPass stored;
        using (var span = StartSpan("settle", ready.Select(r => r.Row.TraceParent)))
        {
            span?.SetTag("corpus.articles", ready.Count);
            stored = await _settlement.StoreAsync(ready, CancellationToken.None);
        }
        foreach (var article in ready)
        {
            _inFlight.Remove(article.Row.Arrival);
        }
        await _finishing;
        _finishing = FinishAsync(stored, [.. ready.Select(r => r.Row.TraceParent)]);
    }

    /// <summary>
    /// Hands a stored pass on and marks it processed, trying again for as long as it takes: its findings are stored, so
    /// it must reach the grains before any later pass does, and every grain method takes the same findings once.
    /// </summary>
    private async Task FinishAsync(StoredPass pass, IReadOnlyList<string?> traceParents)
    {
        var started = Stopwatch.GetTimestamp();
        for (var failures = 0; !_deactivated; failures++)
        {
            using var span = StartSpan("finish", traceParents);
            try
            {
                var settled = await _settlement.FinishAsync(pass);
                metrics.Settled(settled.Processed, settled.Failed, settled.Statements, Stopwatch.GetElapsedTime(started));
                return;
            }
            catch (Exception ex)
            {
                LogFinishFailed(ex, failures + 1);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(10_000, 100 * Math.Pow(2, Math.Min(failures, 7)))));
            }
        }
    }

    /// <summary>
    /// Has the article grain analyse the article, wherever it is placed. A call that fails because a silo died or the
    /// store did not answer is made again, after a while and for as long as it takes: the analysis is the same wherever
    /// it runs. Any other failure is tried a few times, then the article is reported failed with the error, so that one
    /// article cannot hold up the corpus for ever.
    /// </summary>
    private async Task<ArticleAnalysis> AnalyzeAsync(UnfinishedArticle row)
    {
        const int attempts = 8;
        for (var attempt = 1; ; attempt++)
        {
            using var span = StartSpan("article", [row.TraceParent]);
            span?.SetTag("corpus.article_id", row.Id);
            try
            {
                return await GrainFactory.GetGrain<IArticleGrain>(row.Id).AnalyzeAsync();
            }
            catch (Exception ex) when (IsTransient(ex) || attempt < attempts)
            {
                LogAnalysisRetried(ex, row.Id, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(10_000, 250 * Math.Pow(2, Math.Min(attempt - 1, 6)))));
            }
            catch (Exception ex)
            {
                return ArticleAnalysis.Failed(row.Id, row.Arrival, $"{ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    /// <summary>A lost silo (until the cluster declares it dead), a timeout, or a store that did not answer.</summary>
    private static bool IsTransient(Exception ex) => ex is OrleansException or TimeoutException or System.Data.Common.DbException or IOException;

    /// <summary>A span in the trace of the upload that brought these articles, linked to the others when they came from several.</summary>
    private static Activity? StartSpan(string name, IEnumerable<string?> traceParents)
    {
        var contexts = traceParents.Select(CorpusTelemetry.ContextOf).Where(c => c != default).Distinct().ToList();
        var parent = contexts.Count == 1 ? contexts[0] : default;
        return CorpusTelemetry.Source.StartActivity(
            ActivityKind.Internal, parent, links: contexts.Count > 1 ? contexts.Select(c => new ActivityLink(c)) : null, name: name);
    }

    private sealed record InFlight(UnfinishedArticle Row, Task<ArticleAnalysis> Analysis);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The intake could not go on; trying again (failure {Failures} in a row)")]
    private partial void LogPumpFailed(Exception ex, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Finishing a settled pass failed; trying again (failure {Failures} in a row)")]
    private partial void LogFinishFailed(Exception ex, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analysing article {ArticleId} failed on attempt {Attempt}; trying again")]
    private partial void LogAnalysisRetried(Exception ex, string articleId, int attempt);
}
