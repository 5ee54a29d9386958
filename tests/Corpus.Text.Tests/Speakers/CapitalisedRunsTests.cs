using Corpus.Text.Speakers;
using Xunit;

namespace Corpus.Text.Tests.Speakers;

/// <summary>The hand-written scan for runs of capitalised words finds what its regex finds.</summary>
public class CapitalisedRunsTests
{
    private static readonly string[] Pieces =
    [
        "Secretary", "of", "State", "John", "Kerry", "U.S.", "O'Brien", "D’Amato", "Jean-Luc", "of ", " ", " ", " ", ", ", ". ", "\n",
        "the", "said", "Éric", "École", "x", "A", "B_2", "9", "\u200D", "\u200C", "é", "’s", "-", "'", "Z", "New\u00A0York", "MIT", "(",
    ];

    private static List<(int Index, int Length)> ByRegex(string text)
    {
        var found = new List<(int Index, int Length)>();
        foreach (var m in CapitalisedRuns.Pattern().EnumerateMatches(text))
        {
            found.Add((m.Index, m.Length));
        }
        return found;
    }

    [Fact]
    public void The_scan_finds_the_regex_matches()
    {
        var random = new Random(16);
        for (var round = 0; round < 5000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 25)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            Assert.Equal(ByRegex(text), CapitalisedRuns.Find(text));
        }
    }

    [Fact]
    public void Names_with_titles_and_of_are_runs()
    {
        const string text = "Secretary of State John Kerry met Sen. Ada Brook and the U.S. Navy, said O'Brien Smith.";
        Assert.Equal(ByRegex(text), CapitalisedRuns.Find(text));
        Assert.Contains((0, "Secretary of State John Kerry".Length), CapitalisedRuns.Find(text));
    }
}
