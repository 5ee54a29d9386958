using Corpus.Text.Evaluation.Attribution;
using Xunit;

namespace Corpus.Text.Tests.Evaluation;

public class AttributionScoringTests
{
    [Theory]
    [InlineData("\"Rain is coming soon,\" \"Bring a coat and boots.\"", 9, 9)]
    [InlineData("whoever skips the meeting “will regret it later.”", 4, 8)]
    [InlineData("she had “remarkably sharp eyes” for a pilot", 3, 8)]
    [InlineData("''cheap talk.''", 2, 2)]
    [InlineData("”Stop. We are not ready for this.", 7, 7)]
    [InlineData("'Keep the doors locked at night,''", 6, 6)]
    [InlineData("\"We lost. \"The count is final.\"", 6, 6)]
    [InlineData("he said,\"We lost.\"", 2, 4)]
    public void Counts_tokens_inside_quotation_marks(string content, int inside, int all) =>
        Assert.Equal((inside, all), QuotationMarks.CountInside(content));

    [Theory]
    [InlineData("Sen. Ada Brook of Vermont", "brook")]
    [InlineData("Ada Brook, the party chair,", "brook")]
    [InlineData("Rep. Ada Brook (D-Vt.)", "brook")]
    [InlineData("Secretary of Labor Ada Brook", "brook")]
    [InlineData("The Daily Ledger", "ledger")]
    [InlineData("Tom Reed Jr.", "reed")]
    [InlineData("O'Dell", "dell")]
    [InlineData("he", null)]
    [InlineData("the mayor", null)]
    [InlineData("The governor", null)]
    [InlineData("Rep. Ada Brook (D-Vt.", "brook")]
    public void Name_key_is_the_last_capitalised_name_token(string source, string? key) =>
        Assert.Equal(key, SourceNameKey.Of(source));

    private const string Text = "\"We will win this fight,\" Sen. Ada Brook of Vermont said. \"The votes are there and the public is with us.\"";

    private static readonly string Annotations = string.Join('\n',
        "T1\tContent 0 25;58 106\tx",
        "T2\tSource 26 51\tSen. Ada Brook of Vermont",
        "T3\tCue 52 56\tsaid",
        "T4\tAttribution 52 56\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2");

    private static AttributionScore ScoreOf(params ScoredStatement[] statements)
    {
        var scorer = new AttributionScorer();
        scorer.Add(BratAttributions.Parse(Text, Annotations), statements);
        return scorer.Score;
    }

    [Fact]
    public void Parses_a_relation_split_around_its_cue_into_fragments()
    {
        var relation = Assert.Single(BratAttributions.Parse(Text, Annotations));
        Assert.Equal(2, relation.Fragments.Count);
        Assert.Equal("Sen. Ada Brook of Vermont", relation.Source);
        Assert.True(relation.IsDirect);
    }

    [Fact]
    public void One_fragment_is_precise_but_does_not_find_the_relation()
    {
        var score = ScoreOf(new ScoredStatement("We will win this fight", "direct", "Ada Brook"));
        Assert.Equal((1, 1, 0), (score.QuoteStatements, score.QuoteStatementsMatched, score.GoldDirectFound));
    }

    [Fact]
    public void Both_fragments_find_it_and_the_larger_one_judges_the_speaker()
    {
        var score = ScoreOf(
            new ScoredStatement("We will win this fight", "direct", "Vermont"),
            new ScoredStatement("The votes are there and the public is with us", "direct", "Ada Brook"));
        Assert.Equal(1.0, score.DirectPrecision);
        Assert.Equal(1.0, score.DirectRecall);
        Assert.Equal(1.0, score.SpeakerAccuracy);
    }

    [Fact]
    public void A_short_piece_covering_little_of_a_fragment_is_imprecise()
    {
        var score = ScoreOf(
            new ScoredStatement("We will win this fight", "direct", "Ada Brook"),
            new ScoredStatement("The votes are there and the public is with us", "direct", "Ada Brook"),
            new ScoredStatement("this fight", "direct", "Ada Brook"));
        Assert.Equal(2.0 / 3, score.DirectPrecision, 6);
        Assert.Equal(1.0, score.DirectRecall);
    }

    [Fact]
    public void A_wrong_speaker_name_is_judged_wrong()
    {
        var score = ScoreOf(
            new ScoredStatement("We will win this fight", "direct", "Vermont"),
            new ScoredStatement("The votes are there and the public is with us", "direct", "Vermont"));
        Assert.Equal((1, 0), (score.SpeakerJudged, score.SpeakerCorrect));
    }

    [Fact]
    public void Indirect_statements_are_not_judged_but_partial_ones_are_and_count_towards_recall()
    {
        var indirect = ScoreOf(
            new ScoredStatement("the public is with us, Brook said", "indirect", "Brook"),
            new ScoredStatement("We will win this fight", "direct", "Ada Brook"));
        Assert.Equal((1, 0), (indirect.QuoteStatements, indirect.GoldDirectFound));

        var partial = ScoreOf(
            new ScoredStatement("the public is with us, Brook said", "partial", "Brook"),
            new ScoredStatement("We will win this fight", "direct", "Ada Brook"));
        Assert.Equal((2, 2, 1), (partial.QuoteStatements, partial.QuoteStatementsMatched, partial.GoldDirectFound));
        Assert.Equal(1.0, partial.SpeakerAccuracy);
    }

    [Fact]
    public void Indirect_precision_counts_indirect_statements_lying_mostly_inside_a_relation()
    {
        var score = ScoreOf(
            new ScoredStatement("the votes are there, Brook said", "indirect", "Brook"),
            new ScoredStatement("the weather turned cold in the hills", "indirect", "Brook"),
            new ScoredStatement("We will win this fight", "partial", "Ada Brook"));
        Assert.Equal((2, 1), (score.IndirectStatements, score.IndirectStatementsInside));
        Assert.Equal(0.5, score.IndirectPrecision);
    }

    [Fact]
    public void Partial_and_direct_duplicates_count_once()
    {
        var score = ScoreOf(
            new ScoredStatement("We will win this fight", "partial", "Ada Brook"),
            new ScoredStatement("We will win this fight", "direct", "Ada Brook"));
        Assert.Equal(1, score.QuoteStatements);
    }

    [Fact]
    public void Chooses_the_first_annotation_file_in_ordinal_order()
    {
        string[] files = ["a_b_c_ff01.ann", "a_b_c_0a9e.ann", "a_b_cd_0000.ann", "a_b_c_A000.ann"];
        Assert.Equal("a_b_c_0a9e.ann", PolnearLayout.ChooseAnnotation(files, "a_b_c"));
    }
}
