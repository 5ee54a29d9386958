using BenchmarkDotNet.Running;

// Each benchmark lives in its own folder; `dotnet run -c Release --project bench/Corpus.Bench -- --list flat` lists them.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The benchmark host.</summary>
public partial class Program;
