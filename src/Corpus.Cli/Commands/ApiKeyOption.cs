using System.CommandLine;

namespace Corpus.Cli.Commands;

internal static class ApiKeyOption
{
    public const string Variable = "CORPUS_API_KEY";

    // Environment first in the description: a key on the command line shows in the shell history and process list.
    public static Option<string?> Create() => new("--api-key")
    {
        Description = $"API key for servers that need one, sent as 'Authorization: Bearer' (or set {Variable}, which keeps it out of the shell history).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } key ? key : null,
    };
}
