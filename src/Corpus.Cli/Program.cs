using System.CommandLine;
using Corpus.Cli.Commands;
using Corpus.Cli.Eval;
using Corpus.Cli.Train;

Terminal.Configure();
var root = new RootCommand("corpus: upload news articles to a Corpus server, browse who said what, and evaluate the text pipeline.")
{
    UploadCommand.Create(),
    ViewCommands.Speakers(),
    ViewCommands.Meetings(),
    ViewCommands.Quotes(),
    EvalCommands.Create(),
    TrainCommands.Create(),
};
return await root.Parse(args).InvokeAsync();
