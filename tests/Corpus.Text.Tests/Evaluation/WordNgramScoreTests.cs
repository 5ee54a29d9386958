using Corpus.Text.Evaluation;

namespace Corpus.Text.Tests.Evaluation;

public class WordNgramScoreTests
{
    [Theory]
    [InlineData("a b c", "a b c", 1, 0, 0)]
    [InlineData("a b c d", "a b c", 0.5, 0, 0.5)]
    [InlineData("a b c", "a b c d", 0.5, 0.5, 0)]
    [InlineData("", "", 0, 0, 0)]
    [InlineData("a", "", 0, 0, 1)]
    [InlineData("", "a", 0, 1, 0)]
    [InlineData("a b c a b c", "a b c", 0.25, 0, 0.75)]
    [InlineData("a b c", "a b c a b c", 0.25, 0.75, 0)]
    public void Trigram_counts_match_the_benchmark_test_vectors(string truth, string prediction, double tp, double fp, double fn)
    {
        var counts = WordNgramScore.Count(truth, prediction, size: 3);

        Assert.Equal(tp, counts.TruePositive, 6);
        Assert.Equal(fp, counts.FalsePositive, 6);
        Assert.Equal(fn, counts.FalseNegative, 6);
    }

    [Fact]
    public void Tokens_are_runs_of_letters_digits_and_underscores()
    {
        Assert.Equal(["a", "b", "cd", "e", "foo", "bar"], WordNgramScore.Tokens("a b,cd:e(foo,bar) "));
        Assert.Equal(["snake_case", "x2"], WordNgramScore.Tokens("snake_case—x2!"));
    }

    [Fact]
    public void Combining_marks_split_tokens_and_letter_numbers_join_them()
    {
        // U+0301 (combining acute, Mn) separates; U+2163 (Roman numeral four, Nl) and U+00B2 (superscript two, No) are word characters.
        Assert.Equal(["e", "x"], WordNgramScore.Tokens("e\u0301x"));
        Assert.Equal(["Ⅳ²"], WordNgramScore.Tokens("Ⅳ²"));
    }

    [Fact]
    public void Astral_letters_are_one_code_point_each()
    {
        // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter outside the BMP.
        Assert.Equal(["a\U0001D400b"], WordNgramScore.Tokens("a\U0001D400b 😀"));
    }

    [Fact]
    public void Short_texts_form_a_single_shingle_and_symbols_none()
    {
        Assert.Empty(WordNgramScore.Shingles(WordNgramScore.Tokens("!"), 4));
        Assert.Equal(1, Assert.Single(WordNgramScore.Shingles(WordNgramScore.Tokens("a,b c "), 5)).Value);
    }

    [Fact]
    public void Documents_with_empty_predictions_count_in_recall_but_not_in_precision()
    {
        var score = WordNgramScore.Score([("a b c d e", "a b c d e"), ("f g h i j", "")]);

        Assert.Equal(1, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
        Assert.Equal(2 * 0.5 / 1.5, score.F1, 6);
    }
}
