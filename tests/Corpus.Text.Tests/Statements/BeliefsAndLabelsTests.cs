using Corpus.Text.Articles;
using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

/// <summary>Beliefs reported like speech, subordinate reports, speaker labels of transcripts, and titled surnames as subjects.</summary>
public class BeliefsAndLabelsTests
{
    private static IReadOnlyList<StatementFinding> Extract(params string[] paragraphs) =>
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, string.Join(CleanArticle.ParagraphSeparator, paragraphs)));

    [Fact]
    public void A_belief_with_a_clause_is_reported() =>
        Assert.Single(Extract("Many ferry riders think the new timetable is a mistake."), f => f.Text.StartsWith("the new timetable is a mistake", StringComparison.Ordinal));

    [Fact]
    public void A_belief_verb_without_a_clause_reports_nothing() =>
        Assert.Empty(Extract("Mayor Ada Brook thought about the new timetable for a long time."));

    [Fact]
    public void A_report_in_a_subordinate_clause_ends_before_the_main_clause()
    {
        var found = Assert.Single(Extract("While Mayor Ada Brook says the ferry will sail on Monday, the captains are not so sure."));
        Assert.Equal("the ferry will sail on Monday", found.Text);
    }

    [Fact]
    public void A_known_speakers_label_opens_a_paragraph_of_theirs()
    {
        var found = Extract("Mayor Ada Brook spoke at the pier.", "BROOK: The ferry will sail on Monday and the night crossing will wait.", "Update: The ferry sailed on Monday.");
        var labelled = Assert.Single(found);
        Assert.Equal("The ferry will sail on Monday and the night crossing will wait.", labelled.Text);
        Assert.Equal("Ada Brook", labelled.Speaker?.Name);
    }

    [Fact]
    public void Questions_and_answers_are_kept_without_a_speaker()
    {
        var found = Extract("Q: When will the ferry sail again?", "A: On Monday, if the weather holds.");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Null(f.Speaker));
    }

    [Fact]
    public void A_surname_the_article_gives_with_a_title_is_a_subject_for_a_later_cue()
    {
        var found = Assert.Single(Extract("President Brook toured the pier on Friday.", "Brook visited the harbor and said the ferry would sail on Monday morning."));
        Assert.Equal("Brook", found.Speaker?.Name);
    }
}
