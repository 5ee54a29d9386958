using Corpus.TestSupport;

namespace Corpus.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class TelemetryTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private const int ServerKind = 2;

    [SkippableFact]
    public async Task One_article_is_one_trace_from_upload_through_every_turn_and_its_SQL_and_the_metrics_arrive()
    {
        Skip.If(fixture.Server is null, ThrowawayPostgres.MissingMessage);
        using var otlp = new OtlpReceiver();
        await using var node = await CorpusNode.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "postgres",
            ["Storage__Postgres__ConnectionString"] = fixture.Server.CreateDatabase(),
            ["Node__Roles"] = "gateway,worker",
            ["Logging__LogLevel__Default"] = "Information",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        });

        await CorpusApi.UploadOkAsync(node.Client, CorpusApi.Bytes(SyntheticArticles.NdjsonLines(1, seed: 3)));
        await CorpusApi.WaitUntilIdleAsync(node.Client, TimeSpan.FromMinutes(1));

        string[] wantedMetrics =
        [
            "corpus.articles.ingested", "corpus.statements", "corpus.turn.duration", "corpus.stage.duration",
            "corpus.queue.depth", "corpus.queue.oldest_age", "http.server.request.duration",
        ];
        await WaitForAsync(() =>
            UploadTrace(otlp) is { } trace && trace.Any(s => s.Name == "quote turn")
            && wantedMetrics.All(m => otlp.Metrics.Any(r => r.Name == m))
            && otlp.Metrics.Any(m => m.Scope == "Npgsql") && otlp.Metrics.Any(m => m.Scope == "System.Runtime")
            && otlp.LogRecords > 0);

        var spans = UploadTrace(otlp);
        Assert.True(spans is not null, "No upload request span among: " + string.Join(", ", otlp.Spans.Select(s => $"{s.Scope}/{s.Name}/{s.Kind}/{string.Join(';', s.Tags.Keys)}").Distinct()));
        var byId = spans.ToDictionary(s => s.SpanId);
        var upload = spans.Single(s => s.Kind == ServerKind && s.Tags.GetValueOrDefault("http.request.method") == "POST");
        var article = spans.Single(s => s.Name == "article turn");
        Assert.Equal(upload.SpanId, article.ParentSpanId);
        Assert.Contains(spans, s => s.Scope == "Npgsql" && s.ParentSpanId == article.SpanId);
        // A message turned alone is a "turn" span in the article's trace; one turned in a batch is a "message" span
        // there, linked to the batch's turn span, which holds the SQL.
        var all = otlp.Spans.ToList();
        foreach (var kind in new[] { "speaker", "quote" })
        {
            var inTrace = spans.Where(s => s.Name == $"{kind} turn" || s.Name == $"{kind} message").ToList();
            Assert.NotEmpty(inTrace);
            foreach (var span in inTrace)
            {
                Assert.Contains(article.SpanId, Ancestors(span, byId));
                var turn = span.Name.EndsWith(" turn", StringComparison.Ordinal) ? span.SpanId : Assert.Single(span.LinkedSpanIds);
                Assert.Contains(all, s => s.Scope == "Npgsql" && s.ParentSpanId == turn);
            }
        }
    }

    /// <summary>The spans of the trace the upload request started, once its article turn has arrived.</summary>
    private static List<ReceivedSpan>? UploadTrace(OtlpReceiver otlp)
    {
        var upload = otlp.Spans.FirstOrDefault(s => s.Kind == ServerKind && s.Tags.GetValueOrDefault("http.request.method") == "POST");
        return upload is null ? null : [.. otlp.Spans.Where(s => s.TraceId == upload.TraceId)];
    }

    private static IEnumerable<string> Ancestors(ReceivedSpan span, Dictionary<string, ReceivedSpan> byId)
    {
        for (var parent = span.ParentSpanId; byId.TryGetValue(parent, out var next); parent = next.ParentSpanId)
        {
            yield return parent;
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }
    }
}
