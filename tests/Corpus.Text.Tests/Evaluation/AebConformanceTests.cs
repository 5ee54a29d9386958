using Corpus.TestSupport;
using Corpus.Text.Evaluation;

namespace Corpus.Text.Tests.Evaluation;

public class AebConformanceTests
{
    [SkippableFact]
    public void Page_text_as_is_scores_the_published_baseline()
    {
        var folder = AebFiles.Folder;
        Skip.If(folder is null, SharedData.MissingMessage);
        var documents = AebFiles.Load(folder);

        var score = WordNgramScore.Score(documents.Select(d => ((string?)d.GroundTruth, d.PageText)));

        Assert.Equal(91, documents.Count);
        Assert.Equal(0.493073, score.Precision, 6);
        Assert.Equal(0.994367, score.Recall, 6);
        Assert.Equal(0.659248, score.F1, 6);
    }

    [SkippableFact]
    public void One_document_has_the_published_raw_and_normalised_counts()
    {
        var folder = AebFiles.Folder;
        Skip.If(folder is null, SharedData.MissingMessage);
        var document = AebFiles.Load(folder).Single(d => d.Id == "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856");

        var counts = WordNgramScore.Count(document.GroundTruth, document.PageText);

        Assert.Equal(69, WordNgramScore.Tokens(document.GroundTruth).Count);
        Assert.Equal(894, WordNgramScore.Tokens(document.PageText).Count);
        Assert.Equal(66.0 / 891, counts.TruePositive, 6);
        Assert.Equal(825.0 / 891, counts.FalsePositive, 6);
        Assert.Equal(0, counts.FalseNegative, 6);
    }
}
