namespace Corpus.Text.Evaluation.Attribution;

/// <summary>Pooled counts over a split and the metrics derived from them.</summary>
public sealed record AttributionScore(
    int QuoteStatements,
    int QuoteStatementsMatched,
    int GoldDirect,
    int GoldDirectFound,
    int SpeakerJudged,
    int SpeakerCorrect,
    int GoldIndirect,
    int GoldIndirectFound)
{
    /// <summary>Statements of kind indirect (after de-duplication).</summary>
    public int IndirectStatements { get; init; }

    /// <summary>Indirect statements lying 60 % inside some relation of the pool: the rule by which recall counts them.</summary>
    public int IndirectStatementsInside { get; init; }

    public double IndirectPrecision => Ratio(IndirectStatementsInside, IndirectStatements);

    public double DirectPrecision => Ratio(QuoteStatementsMatched, QuoteStatements);

    public double DirectRecall => Ratio(GoldDirectFound, GoldDirect);

    public double DirectF1 => DirectPrecision + DirectRecall == 0 ? 0 : 2 * DirectPrecision * DirectRecall / (DirectPrecision + DirectRecall);

    public double SpeakerAccuracy => Ratio(SpeakerCorrect, SpeakerJudged);

    public double IndirectRecall => Ratio(GoldIndirectFound, GoldIndirect);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
