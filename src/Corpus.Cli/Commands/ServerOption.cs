using System.CommandLine;

namespace Corpus.Cli.Commands;

internal static class ServerOption
{
    public static Option<Uri> Create() => new("--server", "-s")
    {
        Description = "Base address of the Corpus server (or set CORPUS_SERVER).",
        DefaultValueFactory = _ => new Uri(Environment.GetEnvironmentVariable("CORPUS_SERVER") ?? "http://localhost:5000"),
    };
}
