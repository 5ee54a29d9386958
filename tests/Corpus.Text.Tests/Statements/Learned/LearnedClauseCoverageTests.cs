using Corpus.Text.Articles;
using Corpus.Text.Statements;
using Corpus.Text.Statements.Learned;
using Xunit;

namespace Corpus.Text.Tests.Statements.Learned;

/// <summary>Where the learned step looks: the words of a sentence the rules left, and objects as short as one word.</summary>
public class LearnedClauseCoverageTests
{
    /// <summary>Any candidate whose cue is "unveiled", "endorsed" or "told" is kept.</summary>
    private static readonly ClauseModel Model = ClauseModel.Read(new StringReader(
        "threshold\t0.5\nrate:unveiled\t0.4\nrate:endorsed\t0.4\nrate:told\t0.4\nbias=1\t-4\ncue=unveiled\t9\ncue=endorsed\t9\ncue=told\t9\n"));

    private static IReadOnlyList<StatementFinding> Extract(string text) =>
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, text), Model);

    private static List<(string Text, IReadOnlyList<string> Features)> Candidates(string text)
    {
        var seen = new List<(string Text, IReadOnlyList<string> Features)>();
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, text), Model, (_, start, end, features) => seen.Add((text[start..end], [.. features])));
        return seen;
    }

    [Fact]
    public void A_clause_beside_a_quotation_is_read()
    {
        var found = Extract("Mayor Ada Brook unveiled a plan to rebuild the old pier, and harbor master Tom Reed said “we will not pay for it.”");
        Assert.Contains(found, s => s.Kind == StatementKind.Direct && s.Text.StartsWith("we will not pay", StringComparison.Ordinal));
        var learned = Assert.Single(found, s => s.Rule.StartsWith("learned-clause", StringComparison.Ordinal));
        Assert.StartsWith("a plan to rebuild the old pier", learned.Text, StringComparison.Ordinal);
        Assert.Equal("Ada Brook", learned.Speaker?.Name);
    }

    [Fact]
    public void No_candidate_reaches_into_a_quotation() =>
        Assert.All(Candidates("The harbor master said “we will not pay for it,” and Mayor Ada Brook unveiled a plan to rebuild the old pier."),
            c => Assert.DoesNotContain("pay", c.Text, StringComparison.Ordinal));

    [Fact]
    public void The_object_of_the_cue_the_rules_took_is_no_statement()
    {
        var found = Assert.Single(Extract("The ferry will stop running in the spring, Judge Nora Benn told reporters."));
        Assert.Equal("clause-source-cue", found.Rule);
    }

    [Fact]
    public void A_candidate_beside_a_quotation_stops_before_its_attribution()
    {
        var quoted = Candidates("Mayor Ada Brook unveiled a plan to rebuild the old pier, and harbor master Tom Reed said “we will not pay for it.”");
        Assert.NotEmpty(quoted);
        Assert.All(quoted, c =>
        {
            Assert.Contains("sentence=quoted", c.Features);
            Assert.DoesNotContain("said", c.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("“", c.Text, StringComparison.Ordinal);
        });
        var bare = Candidates("Mayor Ada Brook unveiled a plan to rebuild the old pier.");
        Assert.NotEmpty(bare);
        Assert.All(bare, c => Assert.Contains("sentence=bare", c.Features));
    }

    [Fact]
    public void A_short_stretch_beside_a_quotation_is_not_read() =>
        Assert.Empty(Candidates("“We will not pay for it,” Ada Brook told the board."));

    [Fact]
    public void A_one_word_object_is_a_statement()
    {
        var found = Assert.Single(Extract("Mayor Ada Brook endorsed Smith."));
        Assert.Equal("Smith.", found.Text);
    }

    [Fact]
    public void Inflections_of_a_cue_share_a_stem_and_the_next_word_is_classed()
    {
        var features = Candidates("Mayor Ada Brook unveiled a plan to rebuild the old pier.").Single().Features;
        Assert.Contains("cuestem=unveil", features);
        Assert.Contains("next=determiner", features);
        Assert.Contains("lastword=word", features);
        Assert.Contains("cueat=>=3", features);
    }

    [Fact]
    public void Of_two_readings_about_as_probable_the_longer_is_kept()
    {
        var model = ClauseModel.Read(new StringReader("threshold\t0.5\nrate:unveiled\t0.4\nbias=1\t2\nend=comma\t0.1\n"));
        var found = Assert.Single(StatementExtractor.Extract(
            new CleanArticle(null, [], null, null, "Mayor Ada Brook unveiled a plan to rebuild the old pier, despite objections from the harbor board."), model));
        Assert.Equal("a plan to rebuild the old pier, despite objections from the harbor board.", found.Text);
    }

    [Fact]
    public void A_passive_verb_is_marked()
    {
        var features = Candidates("The new timetable was unveiled by the harbor board on Monday.").Single().Features;
        Assert.Contains("be-chain=participle", features);
    }
}
