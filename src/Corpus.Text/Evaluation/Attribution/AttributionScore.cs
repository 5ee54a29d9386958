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
    public double DirectPrecision => Ratio(QuoteStatementsMatched, QuoteStatements);

    public double DirectRecall => Ratio(GoldDirectFound, GoldDirect);

    public double DirectF1 => DirectPrecision + DirectRecall == 0 ? 0 : 2 * DirectPrecision * DirectRecall / (DirectPrecision + DirectRecall);

    public double SpeakerAccuracy => Ratio(SpeakerCorrect, SpeakerJudged);

    public double IndirectRecall => Ratio(GoldIndirectFound, GoldIndirect);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
