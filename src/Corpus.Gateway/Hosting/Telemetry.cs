using Corpus.Grains.Runtime;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Corpus.Gateway.Hosting;

/// <summary>
/// Traces, metrics and logs over OTLP, configured by the standard <c>OTEL_*</c> variables. Exporting starts only when an
/// OTLP endpoint is set, so a node without a collector does not keep failing to reach one.
/// </summary>
public static class Telemetry
{
    private static readonly string[] Sources = [CorpusTelemetry.Name, "Microsoft.AspNetCore", "System.Net.Http", "Npgsql"];

    private static readonly string[] Meters =
        [CorpusTelemetry.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime", "System.Net.Http", "Npgsql"];

    public static OpenTelemetrySdk? Create(NodeOptions node)
    {
        if (!IsWanted())
        {
            return null;
        }
        return OpenTelemetrySdk.Create(builder => builder
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME")))
                {
                    resource.AddService(node.IsGateway ? "corpus-gateway" : "corpus-worker", serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}");
                }
                resource.AddAttributes([new("corpus.node.roles", node.Roles)]);
            })
            .WithTracing(tracing => tracing.AddSource(Sources).AddOtlpExporter())
            .WithMetrics(metrics => metrics.AddMeter(Meters).AddOtlpExporter())
            .WithLogging(logging => logging.AddOtlpExporter()));
    }

    /// <summary>Sends the host's <see cref="ILogger"/> records through the SDK's OTLP log pipeline.</summary>
    public static ILoggingBuilder AddTelemetry(this ILoggingBuilder logging, OpenTelemetrySdk? sdk)
    {
        if (sdk is not null)
        {
            logging.AddProvider(new ForwardingLoggerProvider(sdk.GetLoggerFactory()));
        }
        return logging;
    }

    private static bool IsWanted() =>
        !string.Equals(Environment.GetEnvironmentVariable("OTEL_SDK_DISABLED"), "true", StringComparison.OrdinalIgnoreCase)
        && new[] { "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT" }
            .Any(name => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)));

    private sealed class ForwardingLoggerProvider(ILoggerFactory factory) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => factory.CreateLogger(categoryName);

        public void Dispose()
        {
            // The SDK owns the factory and disposes it with itself.
        }
    }
}
