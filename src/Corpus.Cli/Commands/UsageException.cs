namespace Corpus.Cli.Commands;

/// <summary>Something the user has to give or change before the command can run.</summary>
internal sealed class UsageException(string message) : Exception(message);
