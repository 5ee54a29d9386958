using Corpus.Text.Articles;
using Corpus.Text.Speakers;
using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

public class StatementExtractorTests
{
    private static IReadOnlyList<StatementFinding> Extract(params string[] paragraphs) =>
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, string.Join(CleanArticle.ParagraphSeparator, paragraphs)));

    private static StatementFinding Single(IReadOnlyList<StatementFinding> found, string containing) =>
        Assert.Single(found, f => f.Text.Contains(containing, StringComparison.Ordinal));

    [Theory]
    [InlineData("\"The bridge will open in May,\" Mayor Tilda Ferrand said on Monday.")]
    [InlineData("“The bridge will open in May,” Mayor Tilda Ferrand said on Monday.")]
    [InlineData("''The bridge will open in May,'' Mayor Tilda Ferrand said on Monday.")]
    [InlineData("\"The bridge will open in May,\" said Mayor Tilda Ferrand.")]
    [InlineData("Mayor Tilda Ferrand said on Monday: \"The bridge will open in May.\"")]
    public void Direct_quote_with_any_marks_goes_to_the_named_speaker(string text)
    {
        var found = Single(Extract(text), "bridge");
        Assert.Equal(StatementKind.Direct, found.Kind);
        Assert.Equal("The bridge will open in May", found.Text.TrimEnd('.'));
        Assert.Equal("Tilda Ferrand", found.Speaker?.Name);
        Assert.Contains("Mayor", found.Speaker!.Roles);
    }

    [Fact]
    public void Offsets_point_at_the_text_in_the_body()
    {
        const string body = "Intro line here.\n\n“The bridge will open in May,” Mayor Tilda Ferrand said.";
        var found = Assert.Single(StatementExtractor.Extract(new CleanArticle(null, [], null, null, body)));
        Assert.Equal(found.Text, body[found.Start..found.End]);
        Assert.Equal("said", found.Cue);
        Assert.False(string.IsNullOrEmpty(found.Rule));
        Assert.InRange(found.Confidence, 0.01, 1.0);
    }

    [Fact]
    public void Split_quote_gives_both_parts_to_one_speaker()
    {
        var found = Extract("“The budget is balanced,” said Gov. Ruth Okafor, D-Ore. “Nobody expected that.”");
        Assert.Equal("Ruth Okafor", Single(found, "balanced").Speaker?.Name);
        Assert.Equal("Ruth Okafor", Single(found, "Nobody expected").Speaker?.Name);
    }

    [Fact]
    public void Long_appositive_between_quote_and_cue_keeps_the_name()
    {
        var found = Extract("“Prices will fall next year,” Arno Vidal, the chief economist of the Harbor Institute, a research group, said at a forum.");
        Assert.Equal("Arno Vidal", Single(found, "Prices").Speaker?.Name);
    }

    [Fact]
    public void Quote_running_over_paragraphs_keeps_its_speaker()
    {
        var found = Extract(
            "Senator Willa Strand spoke at length. “We have waited long enough for this road.",
            "“The money is there and the plans are drawn,” she said.");
        Assert.Equal("Willa Strand", Single(found, "money is there").Speaker?.Name);
    }

    [Fact]
    public void Colon_introduction_attributes_the_next_paragraph()
    {
        var found = Extract(
            "Asked whether talks would resume, Foreign Minister Piet Harmsen replied:",
            "“We remain ready to meet whenever the other side is serious.”");
        var quote = Single(found, "remain ready");
        Assert.Equal("Piet Harmsen", quote.Speaker?.Name);
        Assert.Contains("Foreign Minister", quote.Speaker!.Roles);
    }

    [Fact]
    public void Surname_and_pronoun_resolve_to_the_full_name()
    {
        var found = Extract(
            "Treasury Secretary Dana Whitlock met bankers on Friday.",
            "“Rates are too high,” Whitlock said.",
            "“We will act soon,” she added.");
        Assert.Equal("Dana Whitlock", Single(found, "Rates").Speaker?.Name);
        Assert.Equal("Dana Whitlock", Single(found, "act soon").Speaker?.Name);
    }

    [Fact]
    public void Nominal_resolves_through_a_role_seen_in_the_article()
    {
        var found = Extract(
            "Secretary of State Omar Lindqvist arrived in the capital on Sunday.",
            "“The talks were productive,” the secretary said.");
        Assert.Equal("Omar Lindqvist", Single(found, "productive").Speaker?.Name);
    }

    [Fact]
    public void Organisations_speak_too()
    {
        var found = Extract(
            "“The leaders discussed trade and security,” the White House said in a readout.",
            "According to Meridian News, the deal is close to done after weeks of talks.");
        var readout = Single(found, "trade and security");
        Assert.Equal(SpeakerKind.Organization, readout.Speaker?.Kind);
        Assert.Equal("White House", readout.Speaker?.Name);
        var reported = Single(found, "deal is close");
        Assert.Equal(StatementKind.Indirect, reported.Kind);
        Assert.Equal("Meridian News", reported.Speaker?.Name);
    }

    [Fact]
    public void Partial_quote_in_reported_speech_covers_the_whole_clause()
    {
        var found = Extract("Councilman Eli Marsh said the new stadium plan was “a gift to developers” and would cost the city for decades.");
        var partial = Assert.Single(found);
        Assert.True(partial.Kind == StatementKind.Partial, partial.Text);
        Assert.StartsWith("the new stadium plan", partial.Text, StringComparison.Ordinal);
        Assert.Equal("Eli Marsh", partial.Speaker?.Name);
    }

    [Theory]
    [InlineData("Judge Nora Benn said that the case would be heard in the spring.", "said")]
    [InlineData("The case will be heard in the spring, Judge Nora Benn told reporters.", "told")]
    [InlineData("Judge Nora Benn warned that delays could push the case into next year.", "warned")]
    public void Indirect_speech_after_cue_verbs(string text, string cue)
    {
        var found = Assert.Single(Extract(text));
        Assert.Equal(StatementKind.Indirect, found.Kind);
        Assert.Equal(cue, found.Cue);
        Assert.Equal("Nora Benn", found.Speaker?.Name);
        Assert.DoesNotContain("Benn", found.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The mayor's so-called “reform” plan drew little support at the hearing on Tuesday.")]
    [InlineData("She appeared on “Meet the Press” and later on “Face the Nation” to promote the book.")]
    [InlineData("His memoir, “Rivers of Iron Under the Northern Sky,” sold well in the fall.")]
    public void Scare_quotes_and_titles_are_not_statements(string text) =>
        Assert.DoesNotContain(Extract(text), f => f.Kind != StatementKind.Indirect);

    [Fact]
    public void Quote_in_a_shared_post_goes_to_the_person_quoted_not_the_poster()
    {
        var found = Extract(
            "Sen. Hal Brightwater says the vote is set: “We have the numbers and we will prevail tomorrow.”",
            "— Jo Quill (@joquill) May 3, 2024");
        Assert.Equal("Hal Brightwater", Single(found, "numbers").Speaker?.Name);
    }

    [Fact]
    public void Quote_attributed_after_a_dash_credit()
    {
        var found = Extract("“Every family here deserves a safe home and a fair wage.” ― Lena Okoro");
        Assert.Equal("Lena Okoro", Single(found, "safe home").Speaker?.Name);
    }

    [Fact]
    public void According_to_an_outlet_gives_the_outlet_the_quote()
    {
        var found = Extract("According to the Daily Courier, “the minister intends to resign before the summit.”");
        Assert.Equal("Daily Courier", Single(found, "intends").Speaker?.Name);
    }

    [Fact]
    public void Described_sources_keep_the_statement_but_make_no_speaker()
    {
        var found = Assert.Single(Extract("Port officials said that the new crane would double the harbor's capacity."));
        Assert.Equal(StatementKind.Indirect, found.Kind);
        Assert.Null(found.Speaker);
        Assert.StartsWith("the new crane", found.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lest anyone forget, the mayor spoke on Monday, saying that the bridge would open in May and stay open.")]
    [InlineData("Troops said that the bridge would open in May and stay open all summer.")]
    public void A_word_that_only_opens_sentences_makes_no_speaker(string text) =>
        Assert.DoesNotContain(Extract(text), f => f.Speaker is { Name: "Lest" or "Troops" });

    [Fact]
    public void A_quotation_opening_a_paragraph_after_narrative_about_someone_is_theirs()
    {
        var found = Extract(
            "Tilda Ferrand said that the council had planned for years and would not stop now.",
            "“That is because this bridge is what the whole city has asked for, year after year.”");
        Assert.Equal("Tilda Ferrand", Single(found, "whole city").Speaker?.Name);
    }

    [Fact]
    public void A_quotation_in_narrative_takes_the_first_name_of_its_sentence()
    {
        var found = Extract("And after the vote failed, Mayor Tilda Ferrand blamed the council's “short-sighted and careless choice made in a hurry.”");
        Assert.Equal("Tilda Ferrand", Single(found, "careless").Speaker?.Name);
    }

    [Fact]
    public void A_tweets_link_is_no_part_of_the_statement()
    {
        var found = Single(Extract("Mayor Tilda Ferrand says: “The bridge will open in May and stay open.” https://t.co/AbC pic.twitter.com/XyZ"), "bridge");
        Assert.DoesNotContain("http", found.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("pic.twitter", found.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_mark_typed_twice_counts_once()
    {
        var found = Single(Extract("\"“The bridge will open in May and stay open all summer,” said Mayor Tilda Ferrand."), "bridge");
        Assert.False(Corpus.Text.Evaluation.Attribution.StatementFlaws.HasDoubledQuoteMark(found.Text), found.Text);
    }

    [Fact]
    public void A_name_after_a_lower_case_subject_is_its_object_not_the_speaker()
    {
        var found = Extract("One of the articles of impeachment accuses Tilda Ferrand of trying to “publicly announce investigations that would benefit her.”");
        Assert.DoesNotContain(found, f => f.Speaker?.Name == "Tilda Ferrand");
    }

    [Fact]
    public void Quotation_marks_around_a_shows_name_make_no_partial_quote()
    {
        var found = Extract("Sunday on Fox News Channel’s “Sunday Morning Futures,” Tilda Ferrand said the bridge would open in May.");
        Assert.DoesNotContain(found, f => f.Kind == StatementKind.Partial);
    }

    [Theory]
    [InlineData("Tilda Ferrand and Ode Brook, among others, reject the plan. Ferrand: “Our goal is to finish the bridge by May and open it.”")]
    [InlineData("It is the persistent pull of Ferrand's “we will finish the bridge by May and open it” promise.")]
    public void A_name_labelling_or_owning_a_quotation_is_its_speaker(string text) =>
        Assert.Equal("Ferrand", Single(Extract(text), "finish the bridge").Speaker?.Name.Split(' ')[^1]);

    [Fact]
    public void A_capitalised_cue_word_inside_a_name_is_no_cue()
    {
        var found = Single(Extract("Mayor Tilda Ferrand said the United States “must finish the bridge by May and open it.”"), "finish the bridge");
        Assert.Equal("Tilda Ferrand", found.Speaker?.Name);
    }

    [Fact]
    public void Pressed_and_interjected_are_cues()
    {
        var found = Extract("“Would the bridge open in May if the council agreed to pay for it?” Tilda Ferrand pressed.");
        Assert.Equal("Tilda Ferrand", Single(found, "bridge open").Speaker?.Name);
    }

    [Fact]
    public void A_quotation_closed_by_a_mark_of_another_family_ends_there()
    {
        var found = Single(Extract("\"But the bridge will open in May,” Tilda Ferrand said."), "bridge");
        Assert.Equal("But the bridge will open in May", found.Text.TrimEnd(','));
        Assert.Equal("Tilda Ferrand", found.Speaker?.Name);
    }
}
