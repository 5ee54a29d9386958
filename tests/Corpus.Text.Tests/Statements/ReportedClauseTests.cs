using Corpus.Text.Articles;
using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

/// <summary>Reported speech without quotation marks: where its clause begins and ends, and which sources report it.</summary>
public class ReportedClauseTests
{
    private static IReadOnlyList<StatementFinding> Extract(params string[] paragraphs) =>
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, string.Join(CleanArticle.ParagraphSeparator, paragraphs)));

    private static StatementFinding Indirect(string text, string reported) =>
        Assert.Single(Extract(text), f => f.Kind == StatementKind.Indirect && f.Text.StartsWith(reported, StringComparison.Ordinal));

    // A PolNeAR sentence: the clause after "he'll demand" starts past the end of the report after "said".
    [Fact]
    public void A_second_cue_past_the_end_of_a_report_leaves_the_report_and_its_article_whole()
    {
        const string Sentence = "While he's said he'll fight all the way to the convention, Sanders must decide what price he'll demand for his full support.";

        Assert.NotNull(Indirect(Sentence, "he'll fight all the way to the convention"));
        Assert.NotEmpty(Extract(
            "Georgia could also wind up closer than the 8-point win for Mitt Romney in 2012, while traditionally red Arizona, with its large Mexican-American population, could actually break for Clinton. "
            + Sentence + " ~ Lindsay Lohan went on a very public rant about her fiance cheating and also hinted she might be pregnant."));
    }

    [Theory]
    [InlineData("Among the ferry riders polled, 62 percent say they want the night crossings back.", "they want the night crossings back")]
    [InlineData("About a third of the riders, 31 percent, say they would pay more for a faster crossing.", "they would pay more")]
    [InlineData("Nearly eight in 10 said the crossing had become too expensive for families.", "the crossing had become")]
    public void A_share_of_people_reports_speech_without_a_speaker(string text, string reported)
    {
        Assert.Null(Indirect(text, reported).Speaker);
        Assert.DoesNotContain(Extract(text), f => f.Text.StartsWith("About a third", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The harbor survey shows that most riders want the night crossings back.", "most riders want")]
    [InlineData("Early polls showed riders in the valley firmly rejecting the new timetable.", "riders in the valley")]
    [InlineData("The port’s researchers found that crossings at dusk were the most delayed of all.", "crossings at dusk")]
    [InlineData("The harbor report published Tuesday shows that the night ferry lost money every month.", "the night ferry lost money")]
    [InlineData("Polling of valley commuters shows most riders want the night crossings back.", "most riders want")]
    public void Evidence_reports_what_it_shows(string text, string reported) => Assert.Null(Indirect(text, reported).Speaker);

    [Theory]
    [InlineData("The captain showed the passengers around the upper deck of the old ferry.")]
    [InlineData("Mayor Ada Brook found the ferry schedule confusing during her first week in office.")]
    [InlineData("The clerk who filed the ferry records, after a long week, found a new job across the bay.")]
    public void Showing_and_finding_by_others_is_no_statement(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("Mayor Ada Brook told the Harbor Gazette she expects the crossings to resume next week.", "she expects the crossings")]
    [InlineData("Mayor Ada Brook told reporters on Monday that the crossings would resume next week.", "the crossings would resume")]
    public void Told_reports_the_clause_after_whom_it_names(string text, string reported) =>
        Assert.Equal("Ada Brook", Indirect(text, reported).Speaker?.Name);

    [Fact]
    public void Told_with_a_plain_object_reports_nothing() =>
        Assert.Empty(Extract("Mayor Ada Brook told the story of the old crossing to the children again."));

    [Theory]
    [InlineData("Mayor Ada Brook said the ferry would sail on Monday but said the night crossing would wait until spring.")]
    [InlineData("Mayor Ada Brook said the ferry would sail on Monday, and she said the night crossing would wait until spring.")]
    [InlineData("Mayor Ada Brook said the ferry would sail on Monday, adding that the night crossing would wait until spring.")]
    public void A_second_cue_of_the_same_source_starts_a_second_statement(string text)
    {
        var found = Extract(text);
        Assert.Equal("the ferry would sail on Monday", Assert.Single(found, f => f.Text.StartsWith("the ferry", StringComparison.Ordinal)).Text);
        Assert.Equal("Ada Brook", Indirect(text, "the night crossing would wait").Speaker?.Name);
    }

    [Fact]
    public void A_cue_that_reports_nothing_does_not_hide_a_later_one() =>
        Assert.Null(Indirect("That said, the harbor master says the crossings will resume after the storm.", "the crossings will resume").Speaker);

    [Fact]
    public void Quoted_as_saying_takes_the_subject_of_the_passive() =>
        Assert.Equal("Ada Brook", Indirect("Mayor Ada Brook was quoted as saying the ferry would sail again on Monday morning.", "the ferry would sail").Speaker?.Name);

    [Fact]
    public void A_named_persons_spokesman_is_a_described_source() =>
        Assert.Null(Indirect("Ada Brook's spokesman said the ferry would sail again on Monday morning.", "the ferry would sail").Speaker);

    [Theory]
    [InlineData("Mayor Ada Brook has denied wrongdoing and blasted the port authority for its handling of the storm.")]
    [InlineData("Mayor Ada Brook announced a new ferry schedule for the summer months on Friday.")]
    public void A_cue_verb_with_a_plain_object_reports_nothing(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("Mayor Ada Brook was at 41 percent support among riders in the latest harbor poll.", "Mayor Ada Brook was at 41 percent")]
    [InlineData("In the latest harbor poll, Mayor Ada Brook was at 41 percent support among riders.", "Mayor Ada Brook was at 41 percent")]
    public void A_poll_the_sentence_is_set_in_reports_it(string text, string reported) =>
        Assert.Null(Indirect(text, reported).Speaker);

    [Fact]
    public void A_stay_in_a_harbor_is_no_poll() =>
        Assert.Empty(Extract("Mayor Ada Brook spent the whole week of the storm in the harbor."));

    [Fact]
    public void A_short_clause_with_a_pronoun_is_reported_after_the_cue() =>
        Assert.Equal("Ada Brook", Indirect("On Thursday, the ferry line's board was told that Mayor Ada Brook announced she was leaving.", "she was leaving").Speaker?.Name);

    [Fact]
    public void A_cue_verb_with_an_object_still_reports_a_clause() =>
        Assert.Equal("Ada Brook", Indirect("Mayor Ada Brook announced she would run the ferry line herself next year.", "she would run").Speaker?.Name);
}
