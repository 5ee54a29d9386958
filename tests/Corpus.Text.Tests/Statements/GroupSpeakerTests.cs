using Corpus.Text.Articles;
using Corpus.Text.Speakers;
using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

/// <summary>
/// A described subject naming a body that speaks as one is the statement's speaker, as an organisation named by its proper
/// part; a description with no proper part stays without a speaker.
/// </summary>
public class GroupSpeakerTests
{
    private static StatementFinding Statement(string text) =>
        Assert.Single(
            StatementExtractor.Extract(new CleanArticle(null, [], null, null, text)),
            f => f.Text.Contains("bridge", StringComparison.Ordinal));

    [Theory]
    [InlineData("Senior State Department officials said the bridge would open to traffic in the spring.", "State Department", "officials")]
    [InlineData("House Republicans say the bridge will cost twice what the council was told.", "House Republicans", null)]
    [InlineData("Some Democrats said the bridge was a waste of money that the town could not afford.", "Democrats", null)]
    [InlineData("The Clinton campaign said the bridge would be finished before the election.", "Clinton campaign", null)]
    [InlineData("FBI officials said the bridge had been under watch for several weeks before the attack.", "FBI", "officials")]
    public void A_group_speaks(string text, string name, string? role)
    {
        var speaker = Statement(text).Speaker;
        Assert.NotNull(speaker);
        Assert.Equal(name, speaker.Name);
        Assert.Equal(SpeakerKind.Organization, speaker.Kind);
        if (role is not null)
        {
            Assert.Contains(role, speaker.Roles);
        }
    }

    [Theory]
    [InlineData("Officials said the bridge would open to traffic in the spring.")]
    [InlineData("Local shop owners say the bridge has cost them a third of their trade.")]
    [InlineData("Administration officials said the bridge would open to traffic in the spring.")]
    [InlineData("Critics of the Obama administration say the bridge was a waste of money.")]
    public void A_description_without_a_proper_part_names_no_one(string text) => Assert.Null(Statement(text).Speaker);

    [Theory]
    [InlineData("State Department officials", "State Department")]
    [InlineData("senior White House officials", "White House")]
    [InlineData("Senate Democrats", "Senate Democrats")]
    [InlineData("many Republicans", "Republicans")]
    public void The_parser_names_the_group(string phrase, string name)
    {
        var mention = MentionParser.Parse(phrase);
        Assert.NotNull(mention);
        Assert.Equal(MentionForm.Organization, mention.Form);
        Assert.Equal(name, mention.Name);
    }

    [Theory]
    [InlineData("Trump aides")]
    [InlineData("officials")]
    [InlineData("Republican officials")]
    public void No_group_without_an_organisation(string phrase) => Assert.NotEqual(MentionForm.Organization, MentionParser.Parse(phrase)?.Form);
}
