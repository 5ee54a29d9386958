using Corpus.Text.Evaluation.Speakers;
using Corpus.Text.Speakers;
using Xunit;

namespace Corpus.Text.Tests.Evaluation;

public class SpeakerNameJudgeTests
{
    private const string Article = "Title Line Here\n\nLest anyone forget, the mayor spoke. Crowds cheered as Tilda Ferrand arrived with Brook.\n\nTroops said the troops were tired.";

    [Theory]
    [InlineData("Tilda Ferrand")]
    [InlineData("Brook")]
    public void Proper_names_of_the_article_are_real_sources(string name) =>
        Assert.True(SpeakerNameJudge.IsRealSource(name, Article, []));

    [Theory]
    [InlineData("He")]
    [InlineData("Lest")]
    [InlineData("Troops")]
    [InlineData("Title Line")]
    [InlineData("Politicking.'' Democrats")]
    [InlineData("campaign")]
    public void Pronouns_common_words_and_fragments_are_not(string name) =>
        Assert.False(SpeakerNameJudge.IsRealSource(name, Article, []));

    [Fact]
    public void A_source_the_gold_attributes_to_is_real_even_when_the_article_spells_it_otherwise() =>
        Assert.True(SpeakerNameJudge.IsRealSource("Ferrand", "x\n\nnothing here", ["Mayor Ferrand"]));

    [Fact]
    public void The_registry_groups_a_surname_with_the_full_name_of_its_family()
    {
        var registry = new SpeakerRegistry();
        registry.Add("a", SpeakerRef.Person("Tilda Ferrand"));
        registry.Add("b", SpeakerRef.Person("Ferrand"));
        registry.Add("b", SpeakerRef.Person("Ode Ferrand"));
        Assert.Equal(["Tilda Ferrand", "Ode Ferrand"], registry.Entities.Select(e => e.Name));
    }
}
