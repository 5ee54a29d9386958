using Corpus.Text.Speakers;
using Xunit;

namespace Corpus.Text.Tests.Speakers;

public class MentionParserTests
{
    [Theory]
    [InlineData("Secretary of State Ivo Marek", "Ivo Marek", "Secretary of State")]
    [InlineData("Sen. Ivo Marek, R-Neb.", "Ivo Marek", "Senator")]
    [InlineData("Italian Foreign Minister Ivo Marek", "Ivo Marek", "Foreign Minister")]
    [InlineData("Foreign Minister of Italy Ivo Marek", "Ivo Marek", "Foreign Minister of Italy")]
    [InlineData("Ivo Marek, the party's treasurer,", "Ivo Marek", "party's treasurer")]
    [InlineData("Rep. Ivo Marek (R-Neb.)", "Ivo Marek", "Representative")]
    [InlineData("Ivo Marek of Omaha", "Ivo Marek", null)]
    [InlineData("Mr. King", "King", null)]
    public void Names_lose_their_titles_to_roles(string phrase, string name, string? role)
    {
        var mention = MentionParser.Parse(phrase);
        Assert.NotNull(mention);
        Assert.Equal(MentionForm.Name, mention.Form);
        Assert.Equal(name, mention.Name);
        if (role is null)
        {
            Assert.Empty(mention.Roles);
        }
        else
        {
            Assert.Contains(role, mention.Roles);
        }
    }

    [Theory]
    [InlineData("he", MentionForm.Pronoun)]
    [InlineData("the secretary", MentionForm.Nominal)]
    [InlineData("the White House", MentionForm.Organization)]
    [InlineData("the State Department", MentionForm.Organization)]
    public void Pronouns_nominals_and_organisations(string phrase, MentionForm form) =>
        Assert.Equal(form, MentionParser.Parse(phrase)?.Form);

    [Theory]
    [InlineData("who")]
    [InlineData("it")]
    public void Relatives_and_it_are_no_sources(string phrase) => Assert.Null(MentionParser.Parse(phrase));

    [Theory]
    [InlineData("Loretta Marek. Marek", "Marek")]
    [InlineData("Tuesday. Ivo Marek", "Ivo Marek")]
    [InlineData("That Ivo Marek", "Ivo Marek")]
    [InlineData("Politicking.'' Marek", "Marek")]
    public void A_phrase_over_a_sentence_end_names_what_follows_it(string phrase, string name) =>
        Assert.Equal(name, MentionParser.Parse(phrase)?.Name);

    [Theory]
    [InlineData("Fix Is In")]
    [InlineData("Trouble In California Primaries")]
    [InlineData("Stealth Over Health")]
    public void Headlines_and_clauses_are_no_names(string phrase) =>
        Assert.NotEqual(MentionForm.Name, MentionParser.Parse(phrase)?.Form);

    [Theory]
    [InlineData("Anti-Marek")]
    [InlineData("Pro-Kremlin")]
    [InlineData("Never-Marek")]
    public void A_name_made_an_adjective_is_no_name(string phrase) =>
        Assert.NotEqual(MentionForm.Name, MentionParser.Parse(phrase)?.Form);

    [Fact]
    public void A_hyphenated_given_name_stays_a_name() =>
        Assert.Equal("Jean-Pierre Marek", MentionParser.Parse("Jean-Pierre Marek")?.Name);
}
