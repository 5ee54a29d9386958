using Corpus.Text.Articles;
using Corpus.Text.Cleaning;

namespace Corpus.Text.Tests.Cleaning;

public class PlainTextCleanerTests
{
    private static CleanArticle Clean(string text, DateOnly? published = null) =>
        PlainTextCleaner.Clean(new ArticleDraft(null, text, null, null, null, published));

    private const string Story =
        """
        Home
        World
        Politics
        Sports
        Weather

        Council votes to rebuild the old harbour bridge

        Council votes to rebuild the old harbour bridge

        By Jane Q. Writer - March 3, 2021
        Share

        The city council voted on Monday to rebuild the old harbour bridge, ending a debate that lasted three years.

        ADVERTISEMENT

        Supporters said the crossing, closed since a storm damaged its pillars, is vital for the fishing fleet and for the ferry workers who live across the water.

        Opponents argued that the money would be better spent on the tram line, which carries far more passengers every day.

        The work is expected to start next spring and to last eighteen months.

        Read More
        Mayor opens new library wing
        Mayor opens new library wing
        By Sam Roe - February 1, 2021
        Storm closes coastal road again
        Storm closes coastal road again
        By Sam Roe - January 20, 2021
        © 2021 Harbour Daily. All rights reserved.
        """;

    [Fact]
    public void Keeps_every_sentence_and_drops_menus_ads_and_link_lists()
    {
        var article = Clean(Story);

        Assert.Equal(4, article.Paragraphs.Count());
        Assert.StartsWith("The city council voted on Monday", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("to last eighteen months.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ADVERTISEMENT", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("library", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour Daily", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_title_author_and_date_from_the_header()
    {
        var article = Clean(Story);

        Assert.Equal("Council votes to rebuild the old harbour bridge", article.Title);
        Assert.Equal(["Jane Q. Writer"], article.Authors);
        Assert.Equal(new DateOnly(2021, 3, 3), article.Published);
        Assert.Equal("Harbour Daily", article.Source);
        Assert.DoesNotContain("rebuild the old harbour bridge\n", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_uploaded_date_wins_and_a_quoted_post_date_in_the_body_is_ignored()
    {
        const string text =
            """
            Minister promises faster trains on the northern line

            The transport minister promised on Tuesday that trains on the northern line would run faster by next year.

            "We will cut twenty minutes from the journey," she wrote in a post that was shared widely by commuters.

            — Ann Other (@another) May 5, 2020

            Rail unions said they would wait to see the timetable before judging the promise made this week.
            """;

        Assert.Null(Clean(text).Published);
        Assert.Equal(new DateOnly(2020, 6, 1), Clean(text, new DateOnly(2020, 6, 1)).Published);
    }

    [Fact]
    public void Hover_card_artefacts_of_name_links_become_the_name()
    {
        const string text =
            "Senator Alex BrownAlexander (Alex) James BrownSenate passes budget deal Brown backs farm bill MORE said on Friday that the vote would go ahead as planned next week.";

        var article = Clean(text);

        Assert.Equal("Senator Alex Brown said on Friday that the vote would go ahead as planned next week.", article.Body);
    }

    [Fact]
    public void Radio_player_junk_credits_captions_and_bios_are_dropped()
    {
        const string text =
            """
            Play Live Radio
            Next Up:
            0:00
            0:00 0:00
            Available On Air Stations

            Farmers Count the Cost of a Dry Summer

            A farmer walks across a cracked field near the river in August after weeks without rain.
            Jo Lens
            /
            AP
            A farmer walks across a cracked field near the river in August after weeks without rain.

            Farmers across the valley say the dry summer has cut their harvest by a third, and some fear for next year.

            The regional government has promised emergency help, though growers say the money has been slow to arrive.

            Pat Smith is a reporter on the national desk, covering agriculture and rural affairs.
            Related Content
            """;

        var article = Clean(text);

        Assert.Equal("Farmers Count the Cost of a Dry Summer", article.Title);
        Assert.Equal(["Pat Smith"], article.Authors);
        Assert.DoesNotContain("Jo Lens", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Live Radio", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("reporter on the national desk", article.Body, StringComparison.Ordinal);
        Assert.Single(article.Paragraphs, p => p.StartsWith("A farmer walks", StringComparison.Ordinal));
        Assert.Contains("slow to arrive.", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_after_the_article_are_not_article()
    {
        const string text =
            """
            Coach says the team must win every game left this season
            The coach said after the loss on Sunday that the team now has to win every remaining game to reach the playoffs this year.
            "We know what is at stake, and we know that nobody is going to hand us anything," he told reporters after the game.
            12 Comments
            fan_one says:
            This is the worst season I can remember, and the coach should have been replaced two years ago, honestly speaking for all of us in the stands.
            """;

        var article = Clean(text);

        Assert.Contains("nobody is going to hand us anything", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("worst season", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Disclaimers_captions_and_newsletter_prompts_are_not_article()
    {
        var article = Clean(
            """
            The city council voted on Monday to rebuild the old harbour bridge, ending a debate that lasted three years.

            The old bridge at dusk, seen from the ferry landing. (Image credit: Harbour Daily)

            Supporters said the crossing, closed since a storm damaged its pillars, is vital for the fishing fleet and its workers.

            The work is expected to start next spring and to last eighteen months, the council said in a statement on Monday.

            Shares

            Get breaking harbour news and the latest updates on bridges and ferries!

            Consult your physician before beginning any exercise program, especially if you have any unique medical conditions or needs, and read every label.

            Results vary depending on starting point, goals and effort, and the testimonials featured may have used more than one product to get there.

            Harbour Daily and the Harbour Daily logo are registered trademarks of Harbour Media Inc. in the United States and other countries of the world.
            """);

        Assert.StartsWith("The city council voted", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("in a statement on Monday.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Image credit", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_or_list_with_figures_inside_the_article_stays_in_it()
    {
        var article = Clean(
            """
            Home
            Results
            Calendar
            Contact

            The final standings of the harbour regatta were published on Monday after three days of racing in strong winds.

            Pos. Boat Points Wins
            1 Sea Lark 5040 5
            2 Gull 5035 7
            3 Tern 5033 4
            4 Petrel 5027 6

            The winners will defend their title next summer, when the regatta returns to the old harbour for its fortieth year.

            © 2021 Harbour Daily. All rights reserved.
            """);

        Assert.Contains("3 Tern 5033 4", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("fortieth year.", article.Body, StringComparison.Ordinal);
    }
}
