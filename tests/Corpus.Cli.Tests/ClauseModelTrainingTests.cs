using Corpus.Cli.Train;
using Corpus.TestSupport;

namespace Corpus.Cli.Tests;

/// <summary>
/// The committed reported-clause model is what <c>corpus train clauses</c> writes with its defaults from PolNeAR train in
/// ../shared: the same candidates and features, and the same lexicon and weights from the final fit. The threshold, which
/// the command sets by scoring held-out folds (too slow for a test), is taken from the file.
/// </summary>
public sealed class ClauseModelTrainingTests
{
    [SkippableFact]
    public void Committed_model_is_what_the_trainer_fits_with_its_defaults()
    {
        var train = SharedData.PathTo("data", "polnear", "train");
        Skip.If(train is null, SharedData.MissingMessage);
        var settings = ClauseTrainSettings.Default;
        var committed = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, ClauseTrainCommand.ModelPath)).ReplaceLineEndings("\n");

        var set = ClauseTrainingSet.Read(train, settings.MinRate, settings.MinCount);

        Assert.Contains($"`corpus train clauses --polnear ../shared/data/polnear {settings.Options}`", committed, StringComparison.Ordinal);
        Assert.Contains($"from {set.Examples.Count} candidates of PolNeAR train, {set.Names.Count} features seen at least {settings.MinCount} times", committed, StringComparison.Ordinal);
        var lines = committed.Split('\n').Where(l => !l.StartsWith('#')).ToList();
        var threshold = double.Parse(lines[0].Split('\t')[1], System.Globalization.CultureInfo.InvariantCulture);
        var model = set.Fit(settings.L2);
        Assert.Equal(ClauseModelFile.Text([], set.Names, model.Weights, set.Rates, threshold), string.Join('\n', lines));
    }
}
