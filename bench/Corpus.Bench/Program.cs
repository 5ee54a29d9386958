using BenchmarkDotNet.Running;
using Corpus.Bench.Ingest;
using Corpus.Bench.Quotes;
using Corpus.Bench.Search;

// `analyze FILE.ndjson` times the text pipeline alone on an ingest bench's articles (bench/ingest/ingest.sh runs it).
// Otherwise each benchmark lives in its own folder; `dotnet run -c Release --project bench/Corpus.Bench -- --list flat` lists them.
// `search-latency ARTICLES TEXT_FOLDER STORE...` times statement searches on a large corpus (bench/search/run.sh runs it).
// `quote-memory TEXT_FOLDER` measures the memory a quote grouping holds per quote.
if (args is ["analyze", var ndjson])
{
    AnalysisOnly.Run(ndjson);
}
else if (args is ["search-latency", var articles, var textFolder, .. var stores])
{
    await SearchLatency.RunAsync(int.Parse(articles, System.Globalization.CultureInfo.InvariantCulture), textFolder, stores);
}
else if (args is ["quote-memory", { } quoteTexts])
{
    QuoteMemory.Run(quoteTexts);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

/// <summary>The benchmark host.</summary>
public partial class Program;
