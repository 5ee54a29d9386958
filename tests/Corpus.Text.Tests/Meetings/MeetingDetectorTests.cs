using Corpus.Text.Articles;
using Corpus.Text.Meetings;
using Corpus.Text.Speakers;
using Corpus.Text.Statements;

namespace Corpus.Text.Tests.Meetings;

public class MeetingDetectorTests
{
    private static readonly DateOnly Thursday = new(2031, 3, 13);

    private static IReadOnlyList<MeetingFinding> Detect(string body, DateOnly? published = null, IReadOnlyList<StatementFinding>? statements = null) =>
        MeetingDetector.Detect(new CleanArticle(null, [], published, null, body), statements ?? []);

    private static string[] Names(MeetingFinding m) => [.. m.Participants.Select(p => p.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void Met_with_gives_both_participants_with_full_names_and_roles_apart()
    {
        var m = Assert.Single(Detect("Finance Minister Ilse Varga met with Greek Prime Minister Nikos Andrianos on Tuesday at the Berlaymont building."));
        Assert.Equal(["Ilse Varga", "Nikos Andrianos"], Names(m));
        Assert.Contains("Prime Minister", m.Participants.Single(p => p.Name == "Nikos Andrianos").Roles);
        Assert.All(m.Participants, p => Assert.Equal(SpeakerKind.Person, p.Kind));
        Assert.Equal(MeetingKind.Meeting, m.Kind);
        Assert.False(m.InPassing);
    }

    [Fact]
    public void Names_glued_to_other_words_are_page_furniture_not_the_fullest_name()
    {
        var m = Assert.Single(Detect("President HuttonDale Xavier HuttonSenators praise the harvest.\n\nPresident Dale Hutton met with Foreign Minister Ivo Petrak in Vienna."));
        Assert.Equal(["Dale Hutton", "Ivo Petrak"], Names(m));
    }

    [Fact]
    public void Talks_and_a_later_joint_press_conference_at_a_venue_are_one_meeting()
    {
        var found = Detect(
            "Chancellor Petra Lind and Foreign Minister of Norway Arne Dahl held talks on fishing quotas.\n\n"
            + "Speaking at a joint news conference at the Nordic Council building, Lind said the talks went well.");
        var m = Assert.Single(found);
        Assert.Equal(["Arne Dahl", "Petra Lind"], Names(m));
        Assert.Equal(MeetingKind.Talks, m.Kind);
        Assert.Equal("Nordic Council building", m.Place);
    }

    [Fact]
    public void Joint_press_conference_with_someone_is_a_press_conference()
    {
        var m = Assert.Single(Detect("Arne Dahl flew in on Sunday.\n\nDahl spoke on Monday during a joint press conference with Prime Minister Sven Holt.", Thursday));
        Assert.Equal(MeetingKind.PressConference, m.Kind);
        Assert.Equal(["Arne Dahl", "Sven Holt"], Names(m));
        Assert.Equal(new DateOnly(2031, 3, 10), m.Date);
    }

    [Fact]
    public void Consultations_with_a_counterpart_this_morning_resolve_against_publication_date()
    {
        var found = Detect(
            "This morning, Security Adviser Tomas Greer met with his Danish counterpart Lars Vinter.\n\n"
            + "\"We covered a lot,\" Greer said of the consultations, which lasted four hours.",
            Thursday);
        var m = Assert.Single(found);
        Assert.Equal(["Lars Vinter", "Tomas Greer"], Names(m));
        Assert.Equal(Thursday, m.Date);
        Assert.Equal(MeetingKind.Consultations, m.Kind);
    }

    [Fact]
    public void Summit_in_a_city_gives_the_place()
    {
        var m = Assert.Single(Detect("President Ana Ruiz says she and Canadian Prime Minister Joel Marsh agreed on tariffs during their talks at the Atlantic Summit in Porto, Portugal."));
        Assert.Equal(["Ana Ruiz", "Joel Marsh"], Names(m));
        Assert.Contains("Porto", m.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void Oval_office_meeting_and_white_house_name_one_place()
    {
        var m = Assert.Single(Detect(
            "President Dale Hutton met with Foreign Minister Ivo Petrak on Tuesday at the White House.\n\n"
            + "Later, Petrak described his Oval Office meeting with Hutton as frank.",
            Thursday));
        Assert.Equal(["Dale Hutton", "Ivo Petrak"], Names(m));
        Assert.Equal(new DateOnly(2031, 3, 11), m.Date);
        Assert.True(MeetingPlaces.Agree("Oval Office", m.Place));
    }

    [Fact]
    public void Phone_call_is_its_own_kind()
    {
        var m = Assert.Single(Detect("Prime Minister Joel Marsh asked President Ana Ruiz in a phone call to lift the tariffs."));
        Assert.Equal(MeetingKind.PhoneCall, m.Kind);
        Assert.Equal(["Ana Ruiz", "Joel Marsh"], Names(m));
    }

    [Fact]
    public void Role_descriptors_and_the_president_resolve_to_named_people()
    {
        var found = Detect(
            "Foreign Minister Ivo Petrak arrived on Monday.\n\n"
            + "President Dale Hutton praised the harvest.\n\n"
            + "The president met with the foreign minister on Wednesday at the Blair House.",
            Thursday);
        var m = Assert.Single(found);
        Assert.Equal(["Dale Hutton", "Ivo Petrak"], Names(m));
        Assert.Equal(new DateOnly(2031, 3, 12), m.Date);
    }

    [Fact]
    public void Meetings_in_passing_are_marked_and_kept_apart_from_todays()
    {
        var found = Detect(
            "Chancellor Petra Lind met with Prime Minister Sven Holt on Thursday in Oslo.\n\n"
            + "The first time Lind met with Holt, back in June 2024, they argued about fish.\n\n"
            + "\"This is something that the two leaders agreed in Bergen,\" Lind said.",
            Thursday);
        Assert.Equal(2, found.Count);
        var today = Assert.Single(found, m => !m.InPassing);
        Assert.Equal("Oslo", today.Place);
        var earlier = Assert.Single(found, m => m.InPassing);
        Assert.Equal(["Petra Lind", "Sven Holt"], Names(earlier));
    }

    [Fact]
    public void Agreed_in_a_city_refers_back_to_the_two_presidents_meeting()
    {
        var found = Detect(
            "This brings to mind President Dale Hutton's joint presser with President Ana Ruiz.\n\n"
            + "\"It is the one thing that the two presidents agreed in Lisbon,\" an aide said.");
        var m = Assert.Single(found);
        Assert.True(m.InPassing);
        Assert.Equal("Lisbon", m.Place);
        Assert.Equal(["Ana Ruiz", "Dale Hutton"], Names(m));
    }

    [Fact]
    public void A_commentators_remark_on_the_meeting_does_not_make_them_a_participant()
    {
        var found = Detect(
            "President Ana Ruiz met with Prime Minister Joel Marsh in Porto.\n\n"
            + "Senator Kim Odell called the meeting with Marsh \"a disaster\".");
        var m = Assert.Single(found);
        Assert.Equal(["Ana Ruiz", "Joel Marsh"], Names(m));
    }

    [Fact]
    public void Hypothetical_meetings_are_not_meetings()
    {
        Assert.Empty(Detect("There are no plans for another meeting between President Ana Ruiz and Prime Minister Joel Marsh."));
    }

    [Fact]
    public void Statements_link_to_the_meeting_they_were_made_at_or_are_about()
    {
        const string body =
            "President Dale Hutton met with Foreign Minister Ivo Petrak on Tuesday at the White House.\n\n"
            + "\"We agreed on grain,\" the White House said in a readout.\n\n"
            + "\"We never discussed grain,\" Petrak told reporters.\n\n"
            + "Far from the capital, farmers were worried.\n\n"
            + "Nothing more was said.\n\n"
            + "Nothing at all.\n\n"
            + "\"Prices will rise,\" said Mayor Ruth Kale.";
        var readout = Statement(body, "We agreed on grain", SpeakerRef.Organization("White House"));
        var denial = Statement(body, "We never discussed grain", SpeakerRef.Person("Ivo Petrak"));
        var unrelated = Statement(body, "Prices will rise", SpeakerRef.Person("Ruth Kale"));
        var m = Assert.Single(Detect(body, Thursday, [readout, denial, unrelated]));
        Assert.Equal([0, 1], m.StatementIndexes);
    }

    [Fact]
    public void A_statement_made_before_a_later_meeting_is_named_stays_off_it()
    {
        const string body =
            "Secretary Ada Brook held talks with Foreign Minister Ivo Petrak on Tuesday at the State Department.\n\n"
            + "They spoke of grain.\n\n"
            + "They spoke of wheat.\n\n"
            + "They spoke of oats.\n\n"
            + "\"We see no mistake about what happened,\" said Brook.\n\n"
            + "Later that day, Brook and Petrak met with President Dale Hutton at the White House.";
        var early = Statement(body, "We see no mistake", SpeakerRef.Person("Ada Brook"));
        var meetings = Detect(body, Thursday, [early]);
        Assert.Contains(meetings, m => m.Place == "White House");
        Assert.DoesNotContain(meetings, m => m.Place == "White House" && m.StatementIndexes.Contains(0));
    }

    private static StatementFinding Statement(string body, string text, SpeakerRef speaker)
    {
        var start = body.IndexOf(text, StringComparison.Ordinal);
        return new StatementFinding(text, StatementKind.Direct, "said", start, start + text.Length, "test", 1, speaker);
    }
}
