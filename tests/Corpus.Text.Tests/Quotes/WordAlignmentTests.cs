using Corpus.Text.Quotes;

namespace Corpus.Text.Tests.Quotes;

public class WordAlignmentTests
{
    [Theory]
    [InlineData("a b c d e", "a c e", 3)]
    [InlineData("a c e", "a b c d e", 3)]
    [InlineData("x y z", "a b c", 0)]
    [InlineData("a b a b a", "b a b", 3)]
    [InlineData("", "a b", 0)]
    public void Common_length_is_the_longest_common_subsequence(string a, string b, int expected)
    {
        Assert.Equal(expected, WordAlignment.CommonLength(Words(a), Words(b)));
    }

    [Fact]
    public void The_one_row_length_agrees_with_the_full_alignment_on_random_wordings()
    {
        var random = new Random(7);
        for (var n = 0; n < 500; n++)
        {
            var a = Enumerable.Range(0, random.Next(0, 300)).Select(_ => ((char)('a' + random.Next(6))).ToString()).ToList();
            var b = Enumerable.Range(0, random.Next(0, 300)).Select(_ => ((char)('a' + random.Next(6))).ToString()).ToList();
            Assert.Equal(WordAlignment.Pairs(a, b).Count, WordAlignment.CommonLength(a, b));
        }
    }

    private static List<string> Words(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
