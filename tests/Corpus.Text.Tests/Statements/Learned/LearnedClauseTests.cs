using Corpus.Text.Articles;
using Corpus.Text.Statements;
using Corpus.Text.Statements.Learned;
using Xunit;

namespace Corpus.Text.Tests.Statements.Learned;

/// <summary>The learned step with small hand-written models, so that what it does is told apart from what a model learned.</summary>
public class LearnedClauseTests
{
    /// <summary>Any candidate whose cue is "unveiled" and whose content ends at the first comma is kept.</summary>
    private static readonly ClauseModel Model = ClauseModel.Read(new StringReader(
        "threshold\t0.5\nrate:unveiled\t0.4\nrate:announced\t0.4\nbias=1\t-4\ncue=unveiled\t2\ncue=announced\t9\nend=comma\t3\n"));

    private static IReadOnlyList<StatementFinding> Extract(string text, ClauseModel model) =>
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, text), model);

    [Fact]
    public void A_kept_candidate_becomes_an_indirect_statement_of_the_subject()
    {
        var found = Assert.Single(Extract("Mayor Ada Brook unveiled a plan to rebuild the old pier, despite objections from the harbor board.", Model));
        Assert.Equal(StatementKind.Indirect, found.Kind);
        Assert.Equal("a plan to rebuild the old pier", found.Text);
        Assert.Equal("unveiled", found.Cue);
        Assert.Equal("learned-clause", found.Rule);
        Assert.Equal("Ada Brook", found.Speaker?.Name);
    }

    [Fact]
    public void A_described_subject_gives_a_statement_without_a_speaker()
    {
        var found = Assert.Single(Extract("The harbor board unveiled a plan to rebuild the old pier, despite objections from the mayor.", Model));
        Assert.Equal("learned-clause/described-source", found.Rule);
        Assert.Null(found.Speaker);
    }

    [Fact]
    public void A_candidate_under_the_threshold_is_dropped() =>
        Assert.Empty(Extract("Mayor Ada Brook unveiled a plan to rebuild the old pier before the summer season began in earnest.", Model));

    [Fact]
    public void A_word_outside_the_cue_lexicon_is_no_cue() =>
        Assert.Empty(Extract("Mayor Ada Brook drafted a plan to rebuild the old pier, despite objections from the harbor board.", Model));

    [Fact]
    public void A_verb_the_rules_take_only_with_a_clause_is_left_to_them() =>
        Assert.Empty(Extract("Mayor Ada Brook announced a new schedule for the ferry, to the relief of commuters.", Model));

    [Fact]
    public void A_lone_pronoun_is_no_content()
    {
        var model = ClauseModel.Read(new StringReader("threshold\t0.5\nrate:proposed\t0.4\nbias=1\t9\n"));
        Assert.Empty(Extract("Public support for the pier sale has fallen since the harbor board first proposed it.", model));
    }

    [Fact]
    public void Sentences_the_rules_report_are_left_to_them()
    {
        var found = Assert.Single(Extract("Mayor Ada Brook said the pier would close for the summer, despite objections from the harbor board.", Model));
        Assert.StartsWith("source-cue-clause", found.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_model_nothing_is_learned() =>
        Assert.Empty(Extract("Mayor Ada Brook unveiled a plan to rebuild the old pier, despite objections from the harbor board.", ClauseModel.Empty));

    [Fact]
    public void A_long_clause_is_also_read_as_its_opening_words()
    {
        var seen = new List<(string Text, IReadOnlyList<string> Features)>();
        const string text = "Mayor Ada Brook unveiled a plan to rebuild the old pier and the fish market on the east side of the harbor.";
        StatementExtractor.Extract(new CleanArticle(null, [], null, null, text), Model, (_, start, end, features) => seen.Add((text[start..end], [.. features])));
        Assert.Contains(seen, s => s.Text == "a plan to rebuild the old pier and" && s.Features.Contains("end=short"));
    }

    [Fact]
    public void A_trainer_sees_every_candidate_with_its_features_and_keeps_none()
    {
        var seen = new List<(string Text, IReadOnlyList<string> Features)>();
        const string text = "Mayor Ada Brook unveiled a plan to rebuild the old pier, despite objections from the harbor board.";
        var found = StatementExtractor.Extract(new CleanArticle(null, [], null, null, text), Model, (_, start, end, features) => seen.Add((text[start..end], [.. features])));
        Assert.Empty(found);
        Assert.Contains(seen, s => s.Text == "a plan to rebuild the old pier" && s.Features.Contains("end=comma") && s.Features.Contains("cue=unveiled"));
        Assert.Contains(seen, s => s.Text == "a plan to rebuild the old pier, despite objections from the harbor board." && s.Features.Contains("end=sentence"));
        Assert.Equal(2, seen.Count);
        Assert.All(seen, s => Assert.Contains("form=name", s.Features));
    }
}
