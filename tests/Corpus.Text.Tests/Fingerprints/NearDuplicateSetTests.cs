using Corpus.TestSupport;
using Corpus.Text.Fingerprints;
using Corpus.Text.Fingerprints.Evaluation;
using Xunit;

namespace Corpus.Text.Tests.Fingerprints;

public sealed class NearDuplicateSetTests
{
    [SkippableFact]
    public void Copies_made_from_PolNeAR_train_are_found_with_high_pairwise_precision_and_recall()
    {
        var folder = SharedData.PathTo("data", "polnear", "train", "text");
        Skip.If(folder is null, SharedData.MissingMessage);
        var originals = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

        var run = NearDuplicateRun.Of(originals, seed: 20161108, DedupParameters.Default);

        Assert.True(run.Score.Precision >= 0.99, $"pairwise precision {run.Score.Precision:0.0000}");
        Assert.True(run.Score.Recall >= 0.95, $"pairwise recall {run.Score.Recall:0.0000}");
    }
}
