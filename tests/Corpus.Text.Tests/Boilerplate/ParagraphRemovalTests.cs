using Corpus.Text.Boilerplate;

namespace Corpus.Text.Tests.Boilerplate;

public class ParagraphRemovalTests
{
    private const string Body = "Sign up for the newsletter.\n\nThe mayor said the bridge opens in May.\n\nFollow us online.\n\nIt cost \"far too much\", critics said.";

    private static ParagraphRemoval RemoveFurniture() =>
        ParagraphRemoval.Of(Body, p => p.StartsWith("Sign up", StringComparison.Ordinal) || p.StartsWith("Follow", StringComparison.Ordinal));

    [Fact]
    public void Spans_in_kept_paragraphs_move_with_their_words()
    {
        var removal = RemoveFurniture();
        Assert.Equal("The mayor said the bridge opens in May.\n\nIt cost \"far too much\", critics said.", removal.Body);
        foreach (var words in new[] { "the bridge opens in May", "far too much", "The mayor", "critics said." })
        {
            var start = Body.IndexOf(words, StringComparison.Ordinal);
            var moved = removal.Map(start, start + words.Length);
            Assert.NotNull(moved);
            Assert.Equal(words, removal.Body[moved.Value.Start..moved.Value.End]);
        }
    }

    [Fact]
    public void Spans_touching_or_crossing_a_removed_paragraph_are_lost()
    {
        var removal = RemoveFurniture();
        var inFooter = Body.IndexOf("Follow", StringComparison.Ordinal);
        Assert.Null(removal.Map(inFooter, inFooter + 6));
        var acrossFooter = Body.IndexOf("opens", StringComparison.Ordinal);
        Assert.Null(removal.Map(acrossFooter, Body.IndexOf("far", StringComparison.Ordinal)));
        Assert.True(removal.RemovedAny);
    }

    [Fact]
    public void Removing_nothing_keeps_body_and_offsets()
    {
        var removal = ParagraphRemoval.Of(Body, _ => false);
        Assert.Equal(Body, removal.Body);
        Assert.False(removal.RemovedAny);
        Assert.Equal((5, Body.Length), removal.Map(5, Body.Length));
    }
}
