namespace Corpus.Cli.Train;

/// <summary>
/// L2-regularised logistic regression over sparse binary features, fitted by AdaGrad in a fixed order (seeded shuffle),
/// so one data set always gives the same weights. Small enough that the trainer needs no machine-learning package.
/// </summary>
internal sealed class LogisticRegression(int features, double l2 = 1e-5, double rate = 0.1, int epochs = 10, int seed = 16)
{
    public double[] Weights { get; } = new double[features];

    public void Fit(IReadOnlyList<(int[] Features, bool Label)> examples)
    {
        var squares = new double[Weights.Length];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (x, label) = examples[i];
                var error = Probability(x) - (label ? 1 : 0);
                foreach (var f in x)
                {
                    var gradient = error + l2 * Weights[f];
                    squares[f] += gradient * gradient;
                    Weights[f] -= rate * gradient / Math.Sqrt(squares[f] + 1e-8);
                }
            }
        }
    }

    public double Probability(int[] x)
    {
        var sum = 0.0;
        foreach (var f in x)
        {
            sum += Weights[f];
        }
        return 1 / (1 + Math.Exp(-sum));
    }
}
