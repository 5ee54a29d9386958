using System.Globalization;
using Corpus.Text.Statements.Learned;

namespace Corpus.Cli.Train;

/// <summary>
/// The text of a reported-clause model file. The trainer's held-out models go through the same text as the written one,
/// so they are scored with the weights as rounded in the file.
/// </summary>
internal static class ClauseModelFile
{
    /// <summary>Weights closer to zero than this are left out of the file.</summary>
    private const double MinWeight = 0.01;

    public static string Text(IReadOnlyList<string> header, IReadOnlyList<string> names, double[] weights, Dictionary<string, double> rates, double threshold)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        foreach (var line in header)
        {
            writer.WriteLine("# " + line);
        }
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold\t{threshold:0.0000}"));
        foreach (var (word, rate) in rates.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rate:{word}\t{rate:0.000}"));
        }
        for (var i = 0; i < names.Count; i++)
        {
            if (Math.Abs(weights[i]) >= MinWeight)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[i]}\t{weights[i]:0.0000}"));
            }
        }
        return writer.ToString();
    }

    public static ClauseModel Model(IReadOnlyList<string> names, double[] weights, Dictionary<string, double> rates, double threshold) =>
        ClauseModel.Read(new StringReader(Text([], names, weights, rates, threshold)));
}
