using System.CommandLine;
using System.CommandLine.Parsing;

namespace Corpus.Cli.Commands;

internal static class ServerOption
{
    public const string Variable = "CORPUS_SERVER";

    // No built-in default: a command that silently talked to localhost:5000 would upload to, or read from, whatever
    // happens to listen there.
    public static Option<Uri?> Create() => new("--server", "-s")
    {
        Description = $"Base address of the Corpus server, such as http://localhost:5000 (or set {Variable}).",
        DefaultValueFactory = result => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? Parse(value, Variable, result) : null,
        CustomParser = result => Parse(result.Tokens.Single().Value, "--server", result),
    };

    private static Uri? Parse(string value, string origin, ArgumentResult result)
    {
        if (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }
        result.AddError($"{origin} must be an http(s) address, not '{value}'.");
        return null;
    }
}
