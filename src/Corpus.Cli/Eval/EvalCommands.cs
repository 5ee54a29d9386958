using System.CommandLine;

namespace Corpus.Cli.Eval;

/// <summary><c>corpus eval</c>: scores of the text pipeline on the public evaluation sets.</summary>
internal static class EvalCommands
{
    public static Command Create() => new("eval", "Score the text pipeline against an evaluation set.")
    {
        ExtractionEvalCommand.Create(),
        QuoteEvalCommand.Create(),
        DedupEvalCommand.Create(),
        SpeakerEvalCommand.Create(),
    };
}
