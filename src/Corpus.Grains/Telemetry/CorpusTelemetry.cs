using System.Diagnostics;

namespace Corpus.Grains.Telemetry;

public static class CorpusTelemetry
{
    public const string Name = "Corpus";

    public static readonly ActivitySource Source = new(Name);

    /// <summary>The context an upload's request had, as stored with its articles.</summary>
    public static ActivityContext ContextOf(string? traceParent) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, out var context) ? context : default;
}
