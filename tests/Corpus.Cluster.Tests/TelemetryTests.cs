using Corpus.TestSupport;

namespace Corpus.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class TelemetryTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private const int ServerKind = 2;

    [SkippableFact]
    public async Task One_upload_is_one_trace_through_its_grain_calls_and_store_writes_and_the_metrics_arrive()
    {
        Skip.If(fixture.Server is null, ThrowawayPostgres.MissingMessage);
        using var otlp = new OtlpReceiver();
        await using var node = await CorpusNode.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "postgres",
            ["Storage__Postgres__ConnectionString"] = fixture.Server.CreateDatabase(),
            ["Logging__LogLevel__Default"] = "Information",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        });

        await CorpusApi.UploadOkAsync(node.Client, CorpusApi.Bytes(SyntheticArticles.NdjsonLines(1, seed: 3)));
        await CorpusProgress.WaitUntilProcessedAsync(node.Client, TimeSpan.FromMinutes(1));

        string[] grains = ["IArticleGrain", "ISpeakerGrain", "IQuoteGrain"];
        string[] wantedMetrics = ["corpus.articles.ingested", "corpus.articles.processed", "corpus.statements", "corpus.settle.duration", "corpus.stage.duration", "http.server.request.duration"];
        await WaitForAsync(() =>
            UploadTrace(otlp) is { } trace && grains.All(g => trace.Any(s => s.Name.Contains(g, StringComparison.Ordinal)))
            && wantedMetrics.All(m => otlp.Metrics.Any(r => r.Name == m))
            && otlp.Metrics.Any(m => m.Scope == "Microsoft.Orleans") && otlp.Metrics.Any(m => m.Scope == "Npgsql")
            && otlp.LogRecords > 0);

        var spans = UploadTrace(otlp);
        Assert.True(spans is not null, "No upload request span among: " + string.Join(", ", otlp.Spans.Select(s => $"{s.Scope}/{s.Name}/{s.Kind}").Distinct()));
        var names = string.Join(", ", spans.Select(s => $"{s.Scope}/{s.Name}").Distinct());
        foreach (var grain in grains)
        {
            Assert.True(spans.Any(s => s.Name.Contains(grain, StringComparison.Ordinal)), $"No {grain} call in the upload's trace: {names}");
        }
        Assert.True(spans.Any(s => s.Scope == "Npgsql"), $"No store write in the upload's trace: {names}");
        Assert.Single(spans, s => s.Kind == ServerKind && s.Tags.GetValueOrDefault("http.request.method") == "POST");

        var metrics = await node.Client.GetStringAsync("/metrics");
        Assert.Contains("\norleans_", metrics, StringComparison.Ordinal);
        Assert.Contains("\ncorpus_articles_processed", metrics, StringComparison.Ordinal);
    }

    /// <summary>The spans of the trace the upload request started.</summary>
    private static List<ReceivedSpan>? UploadTrace(OtlpReceiver otlp)
    {
        var upload = otlp.Spans.FirstOrDefault(s => s.Kind == ServerKind && s.Tags.GetValueOrDefault("http.request.method") == "POST");
        return upload is null ? null : [.. otlp.Spans.Where(s => s.TraceId == upload.TraceId)];
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }
    }
}
