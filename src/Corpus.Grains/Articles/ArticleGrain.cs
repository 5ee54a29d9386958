using System.Diagnostics;
using System.Globalization;
using Corpus.Grains.Analysis;
using Corpus.Grains.Sources;
using Corpus.Grains.Telemetry;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Search;
using Corpus.Storage.Statements;
using Corpus.Text.Articles;
using Corpus.Text.Boilerplate;
using Corpus.Text.Fingerprints;
using Orleans.Placement;

namespace Corpus.Grains.Articles;

/// <summary>
/// One article: analyses it where a silo has room (placement by activation count spreads articles over the silos),
/// then lets its activation go, since the intake keeps what it found. It changes the stored article only when its
/// outlet's furniture turns out to include some of its paragraphs.
/// </summary>
[ActivationCountBasedPlacement]
public sealed class ArticleGrain(ICorpusStore store, StoreWriter writer, AnalysisSlots slots, CorpusMetrics metrics) : Grain, IArticleGrain, IDisposable
{
    /// <summary>Forgetting interleaves with analysis, but two forgets of one article must not both rewrite its text.</summary>
    private readonly SemaphoreSlim _forgetting = new(1);

    private string Id => this.GetPrimaryKeyString();

    public async Task<ArticleAnalysis> AnalyzeAsync()
    {
        StoredArticle row;
        await using (var connection = await store.OpenAsync(CancellationToken.None))
        {
            row = await ArticleRows.LoadAsync(connection, Id, CancellationToken.None)
                ?? throw new InvalidOperationException($"Article {Id} is not stored.");
        }
        IReadOnlyList<long> furniture = row.Source is null ? [] : await GrainFactory.GetGrain<ISourceGrain>(row.Source).FurnitureAsync();
        try
        {
            return await slots.RunAsync(() => Analyze(row, furniture.ToHashSet()));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The pipeline is deterministic: what failed once fails again, so the article is reported failed, not retried.
            return ArticleAnalysis.Failed(row.Id, row.Arrival, $"{ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            DeactivateOnIdle();
        }
    }

    private ArticleAnalysis Analyze(StoredArticle row, IReadOnlySet<long> knownFurniture)
    {
        var draft = ToDraft(row);
        var analysis = ArticleAnalyzer.Analyze(draft, metrics.StageCompleted);
        if (string.IsNullOrWhiteSpace(analysis.Article.Body))
        {
            return ArticleAnalysis.Failed(row.Id, row.Arrival, "no article text is left after cleaning: the text or HTML holds only markup, navigation or boilerplate");
        }
        var started = Stopwatch.GetTimestamp();
        var fingerprint = DuplicateFingerprinter.Default.Of(analysis.Article.Body);
        metrics.StageCompleted("fingerprint", Stopwatch.GetElapsedTime(started));
        return ArticleAnalysis.Of(row, draft.Text, analysis, fingerprint, OutletFurniture.Of(analysis.Article, knownFurniture));
    }

    public async Task ForgetParagraphsAsync(IReadOnlyList<long> fingerprints)
    {
        await _forgetting.WaitAsync();
        try
        {
            await ForgetAsync(fingerprints);
        }
        finally
        {
            _forgetting.Release();
        }
        DeactivateOnIdle();
    }

    private async Task ForgetAsync(IReadOnlyList<long> fingerprints)
    {
        (string? Title, string CleanText) article;
        List<StatementSpan> spans;
        await using (var connection = await store.OpenAsync(CancellationToken.None))
        {
            if (await ArticleRows.LoadCleanTextAsync(connection, Id, CancellationToken.None) is not { } stored)
            {
                return;
            }
            article = stored;
            spans = await StatementRows.LoadSpansAsync(connection, Id, CancellationToken.None);
        }
        var removal = RecurringParagraphs.Remove(article.CleanText, fingerprints.ToHashSet());
        if (!removal.RemovedAny)
        {
            return;
        }
        var moved = new List<StatementSpan>();
        var unheld = new List<StatementText>();
        var deleted = new List<string>();
        foreach (var span in spans)
        {
            if (removal.Map((int)span.Start, (int)span.End) is not { } to)
            {
                deleted.Add(span.Id);
                continue;
            }
            if (to.Start != span.Start || to.End != span.End)
            {
                moved.Add(new StatementSpan(span.Id, to.Start, to.End));
            }
            var held = article.CleanText[(int)span.Start..(int)span.End];
            if (!StatementTexts.IsSlice(held, removal.Body, to.Start, to.End))
            {
                unheld.Add(new StatementText(span.Id, held));
            }
        }
        var cleanTextBrotli = StoredText.CompressWithRaw(removal.Body, null);
        var words = Words.OfArticle(article.Title, removal.Body);
        await writer.WriteAsync(async (tx, ct) =>
        {
            await ArticleRows.SetCleanTextAsync(tx, Id, cleanTextBrotli, words, ct);
            await StatementRows.MoveAsync(tx, moved, unheld, deleted, ct);
        });
    }

    public void Dispose() => _forgetting.Dispose();

    public static ArticleDraft ToDraft(StoredArticle row) =>
        new(row.Title, row.RawText(), row.RawHtml(), row.Url, row.Source, ParseDate(row.Published));

    private static DateOnly? ParseDate(string? published) =>
        published is { Length: >= 10 } && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
