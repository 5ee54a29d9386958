using Corpus.Text.Quotes;

namespace Corpus.Text.Tests.Quotes;

public class WordAlignmentTests
{
    [Theory]
    [InlineData("a b c d e", "a b c d e", 5)]
    [InlineData("b c d", "a b c d e", 3)]
    [InlineData("a b x d e", "a b c d e", 4)]
    [InlineData("a b c", "a b z c", 2)]
    [InlineData("a c e", "a b c d e", 0)]
    [InlineData("a b a b a", "b a b", 3)]
    [InlineData("x y z", "a b c", 0)]
    [InlineData("", "a b", 0)]
    public void Only_runs_of_two_or_more_words_in_a_row_count(string a, string b, int expected)
    {
        Assert.Equal(expected, WordAlignment.AlignedInRuns(Words(a), Words(b)));
        Assert.Equal(expected, WordAlignment.AlignedInRuns(Words(b), Words(a)));
    }

    [Fact]
    public void Runs_count_no_more_than_the_full_alignment_and_a_cut_out_passage_counts_whole()
    {
        var random = new Random(7);
        for (var n = 0; n < 500; n++)
        {
            var a = Enumerable.Range(0, random.Next(0, 200)).Select(_ => ((char)('a' + random.Next(6))).ToString()).ToList();
            var b = Enumerable.Range(0, random.Next(0, 200)).Select(_ => ((char)('a' + random.Next(6))).ToString()).ToList();
            Assert.InRange(WordAlignment.AlignedInRuns(a, b), 0, WordAlignment.Pairs(a, b).Count);
            if (a.Count >= 2)
            {
                var start = random.Next(a.Count - 1);
                var passage = a.Skip(start).Take(random.Next(2, a.Count - start + 1)).ToList();
                Assert.Equal(passage.Count, WordAlignment.AlignedInRuns(passage, a));
            }
        }
    }

    private static List<string> Words(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
