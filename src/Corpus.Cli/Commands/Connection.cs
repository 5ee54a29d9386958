using System.CommandLine;

namespace Corpus.Cli.Commands;

/// <summary>The options every command that talks to a server has: where it is and the key it wants.</summary>
internal sealed class Connection
{
    private readonly Option<Uri?> _server = ServerOption.Create();
    private readonly Option<string?> _apiKey = ApiKeyOption.Create();

    public void AddTo(Command command)
    {
        command.Options.Add(_server);
        command.Options.Add(_apiKey);
    }

    public CorpusClient Open(ParseResult parse)
    {
        var server = parse.GetValue(_server)
            ?? throw new UsageException($"Which server? Pass --server http://host:port or set {ServerOption.Variable}.");
        return new CorpusClient(server, parse.GetValue(_apiKey));
    }
}
