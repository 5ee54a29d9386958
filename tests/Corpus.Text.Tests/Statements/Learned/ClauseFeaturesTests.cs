using Corpus.Text.Statements.Learned;
using Xunit;

namespace Corpus.Text.Tests.Statements.Learned;

public class ClauseFeaturesTests
{
    [Fact]
    public void A_feature_hashes_as_its_lower_cased_name_in_the_model_file()
    {
        var features = new ClauseFeatures();
        features.Add("cue", "Unveiled".AsSpan());
        features.Add("cue+end", "unveiled".AsSpan(), "Comma".AsSpan());
        Assert.Equal([ClauseFeatures.HashOf("cue=unveiled"), ClauseFeatures.HashOf("cue+end=unveiled|comma")], features.Hashes);
    }

    [Fact]
    public void Names_are_written_only_when_asked_for()
    {
        var named = new ClauseFeatures { Names = [] };
        named.Add("subject", "Capital".AsSpan());
        var unnamed = new ClauseFeatures();
        unnamed.Add("subject", "Capital".AsSpan());
        Assert.Equal(["subject=capital"], named.Names);
        Assert.Null(unnamed.Names);
        Assert.Equal(named.Hashes, unnamed.Hashes);
    }

    [Fact]
    public void Different_values_hash_apart() =>
        Assert.NotEqual(ClauseFeatures.HashOf("cue=unveiled"), ClauseFeatures.HashOf("cue=unveils"));
}
