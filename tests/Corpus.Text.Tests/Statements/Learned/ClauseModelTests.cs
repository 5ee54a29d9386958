using Corpus.Text.Statements.Learned;
using Xunit;

namespace Corpus.Text.Tests.Statements.Learned;

public class ClauseModelTests
{
    private const string File = "# a comment\nthreshold\t0.6\nrate:unveiled\t0.4\nbias=1\t-1.5\ncue=unveiled\t2.5\n";

    [Fact]
    public void Reads_the_threshold_the_cue_lexicon_and_the_weights()
    {
        var model = ClauseModel.Read(new StringReader(File));
        Assert.Equal(0.6, model.Threshold, 6);
        Assert.Equal(0.4, model.CueRate("unveiled"), 6);
        Assert.Equal(0, model.CueRate("ate"));
        Assert.Equal(1, model.CueWords);
        Assert.Equal(2, model.Features);
    }

    [Fact]
    public void The_probability_is_the_logistic_of_the_known_features_weights()
    {
        var model = ClauseModel.Read(new StringReader(File));
        var features = new ClauseFeatures();
        features.Add("bias", "1".AsSpan());
        features.Add("cue", "unveiled".AsSpan());
        features.Add("never", "seen".AsSpan());
        Assert.Equal(1 / (1 + Math.Exp(-1.0)), model.Probability(features), 6);
    }

    [Fact]
    public void A_line_without_a_tab_is_refused() =>
        Assert.Throws<FormatException>(() => ClauseModel.Read(new StringReader("cue=unveiled 2.5\n")));

    [Fact]
    public void The_empty_model_keeps_nothing()
    {
        Assert.Equal(0, ClauseModel.Empty.CueWords);
        Assert.True(ClauseModel.Empty.Threshold > 1);
    }

    [Fact]
    public void The_trained_model_ships_inside_the_assembly()
    {
        Assert.True(ClauseModel.Default.CueWords > 100);
        Assert.True(ClauseModel.Default.Threshold is > 0 and < 1);
    }
}
