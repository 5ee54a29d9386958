using Corpus.Text.Articles;
using Corpus.Text.Speakers;
using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Speakers;

/// <summary>A capitalised determiner, conjunction, adverb or cue verb opening a sentence is never part of a speaker's name.</summary>
public class FunctionWordNameTests
{
    private static IReadOnlyList<StatementFinding> Extract(params string[] paragraphs) =>
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, string.Join(CleanArticle.ParagraphSeparator, paragraphs)));

    [Theory]
    [InlineData("Neither Ivo J. Marek", "Ivo J. Marek")]
    [InlineData("Both Ivo Marek", "Ivo Marek")]
    [InlineData("While Marek", "Marek")]
    [InlineData("Maybe Marek", "Marek")]
    [InlineData("Here’s Marek", "Marek")]
    [InlineData("Said Ivo Marek", "Ivo Marek")]
    [InlineData("U.S. Although Marek", "Marek")]
    public void The_opening_function_word_is_dropped(string phrase, string name) =>
        Assert.Equal(name, MentionParser.Parse(phrase)?.Name);

    [Theory]
    [InlineData("Another Marek")]
    [InlineData("Several Marek")]
    [InlineData("An Italian")]
    [InlineData("Just Announced")]
    public void A_determiner_before_one_word_makes_a_modifier_not_a_name(string phrase) =>
        Assert.NotEqual(MentionForm.Name, MentionParser.Parse(phrase)?.Form);

    [Theory]
    [InlineData("Will Marek")]
    [InlineData("May Ferrand")]
    [InlineData("Dan Rather")]
    [InlineData("Rather")]
    public void Names_that_look_like_function_words_survive(string name) =>
        Assert.Equal(name, MentionParser.Parse(name)?.Name);

    [Fact]
    public void A_name_after_neither_is_learned_without_it()
    {
        var found = Extract(
            "Neither Gordon J. Hale nor his rivals on the harbor board have said how the new pier would be paid for.",
            "“We will find the money, and we will find it without a tax,” Hale told reporters on Tuesday.");
        var speaker = Assert.Single(found, f => f.Text.Contains("find the money", StringComparison.Ordinal)).Speaker;
        Assert.Equal("Gordon J. Hale", speaker?.Name);
    }

    [Fact]
    public void No_speaker_opens_with_a_function_word()
    {
        var found = Extract(
            "Tilda Ferrand has run the harbor board since 2009. Another Ferrand ally on the board said the vote was “a formality and nothing more.”",
            "Here’s Ferrand at the March meeting: “We are not selling the harbor to anyone, at any price.”",
            "Said Gordon Hale, who chairs the finance committee: “The numbers do not add up, and everyone in this room knows it.”",
            "While Ferrand insists that the pier will pay for itself, Hale said the board should wait for the auditors.");
        Assert.NotEmpty(found);
        Assert.All(found.Select(f => f.Speaker?.Name).OfType<string>(), name =>
            Assert.False(ClosedClassWords.Contains(name.Split(' ')[0]) || name.StartsWith("Said", StringComparison.Ordinal), name));
        Assert.Equal("Gordon Hale", Assert.Single(found, f => f.Text.Contains("numbers do not add up", StringComparison.Ordinal)).Speaker?.Name);
    }
}
