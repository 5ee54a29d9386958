using System.CommandLine;

namespace Corpus.Cli.Commands;

internal static class ServerOption
{
    public static Option<Uri> Create() => new("--server", "-s")
    {
        Description = "Base address of the Corpus server (or set CORPUS_SERVER).",
        DefaultValueFactory = _ => new Uri(Environment.GetEnvironmentVariable("CORPUS_SERVER") ?? "http://localhost:5000"),
        CustomParser = result =>
        {
            var value = result.Tokens.Single().Value;
            if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return uri;
            }
            result.AddError($"--server must be an http(s) address, not '{value}'.");
            return null;
        },
    };
}
