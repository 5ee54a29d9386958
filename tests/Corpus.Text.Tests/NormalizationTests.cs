using Corpus.Text.Normalization;

namespace Corpus.Text.Tests;

public class NormalizationTests
{
    [Fact]
    public void Comparison_form_folds_case_quotes_dashes_and_spaces()
    {
        Assert.Equal("he said \"it's - fine\" ...", TextNormalizer.ForComparison("He  said “It’s — fine” …"));
    }
}
