using BenchmarkDotNet.Running;
using Corpus.Bench.Ingest;

// `analyze FILE.ndjson` times the text pipeline alone on an ingest bench's articles (bench/ingest/ingest.sh runs it).
// Otherwise each benchmark lives in its own folder; `dotnet run -c Release --project bench/Corpus.Bench -- --list flat` lists them.
if (args is ["analyze", var ndjson])
{
    AnalysisOnly.Run(ndjson);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

/// <summary>The benchmark host.</summary>
public partial class Program;
