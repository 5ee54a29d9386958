using System.CommandLine;

namespace Corpus.Cli.Train;

/// <summary><c>corpus train</c>: fits the learned parts of the text pipeline from an evaluation set read at training time.</summary>
internal static class TrainCommands
{
    public static Command Create() => new("train", "Fit a model of the text pipeline and write the file it is built from.")
    {
        ClauseTrainCommand.Create(),
    };
}
