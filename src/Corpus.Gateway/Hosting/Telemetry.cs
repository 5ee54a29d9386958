using Corpus.Grains.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Corpus.Gateway.Hosting;

/// <summary>
/// Traces, metrics and logs through OpenTelemetry's hosting integration: the corpus's own spans and meters, Orleans'
/// (grain calls carry their trace from silo to silo), ASP.NET Core, HttpClient, the runtime and Npgsql. Metrics are
/// always served at <c>/metrics</c> for Prometheus; OTLP export starts only when an <c>OTEL_EXPORTER_OTLP_*</c> endpoint
/// is set, so a node without a collector does not keep failing to reach one.
/// </summary>
public static class Telemetry
{
    private static readonly string[] Sources = [CorpusTelemetry.Name, "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    private static readonly string[] Meters = [CorpusTelemetry.Name, "Microsoft.Orleans"];

    public static void AddCorpusTelemetry(this WebApplicationBuilder builder, NodeOptions node)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME")))
                {
                    resource.AddService(node.IsSilo ? "corpus-silo" : "corpus-gateway", serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}");
                }
                resource.AddAttributes([new("corpus.node.roles", node.Roles)]);
            })
            .WithTracing(tracing => tracing
                .AddSource(Sources)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/metrics"))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(Meters)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddPrometheusExporter());
        if (IsOtlpWanted())
        {
            otel.UseOtlpExporter();
        }
        builder.Services.TryAddSingleton<CorpusMetrics>();
    }

    private static bool IsOtlpWanted() =>
        !string.Equals(Environment.GetEnvironmentVariable("OTEL_SDK_DISABLED"), "true", StringComparison.OrdinalIgnoreCase)
        && new[] { "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT" }
            .Any(name => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)));
}
