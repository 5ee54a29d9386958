using System.Collections.Frozen;
using System.Globalization;

namespace Corpus.Text.Statements.Learned;

/// <summary>
/// A logistic model over <see cref="ClauseFeatures"/>: the probability that a candidate clause is attributed content.
/// It is a table of feature weights, a threshold, and a cue lexicon (how often each word stood in an annotated cue on
/// train), read from a small text file of <c>name TAB value</c> lines, so scoring is one dictionary lookup per feature
/// and needs no machine-learning runtime.
/// </summary>
public sealed class ClauseModel
{
    private const string RatePrefix = "rate:";

    private readonly FrozenDictionary<ulong, float> _weights;

    private readonly FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _rates;

    private ClauseModel(FrozenDictionary<ulong, float> weights, FrozenDictionary<string, float> rates, double threshold)
    {
        _weights = weights;
        _rates = rates.GetAlternateLookup<ReadOnlySpan<char>>();
        Threshold = threshold;
    }

    /// <summary>A model with only a cue lexicon, which scores nothing: what a trainer extracts candidates with.</summary>
    public static ClauseModel Lexicon(IReadOnlyDictionary<string, double> cueRates) =>
        new(FrozenDictionary<ulong, float>.Empty, cueRates.ToFrozenDictionary(r => r.Key, r => (float)r.Value, StringComparer.Ordinal), 1.1);

    /// <summary>
    /// The share of a word's occurrences on train that stood in an annotated cue, or 0 for a word the lexicon leaves out
    /// (the trainer keeps only words over a minimum share): no candidate is made with such a word.
    /// </summary>
    public double CueRate(ReadOnlySpan<char> word) => _rates.TryGetValue(word, out var rate) ? rate : 0;

    public int CueWords => _rates.Dictionary.Count;

    /// <summary>The probability from which a candidate is kept as a statement.</summary>
    public double Threshold { get; }

    public int Features => _weights.Count;

    /// <summary>The same weights and lexicon with another threshold (to score a trade-off between recall and precision).</summary>
    public ClauseModel WithThreshold(double threshold) => new(_weights, _rates.Dictionary, threshold);

    /// <summary>A model that keeps nothing, for when no model file is present.</summary>
    public static ClauseModel Empty { get; } = new(FrozenDictionary<ulong, float>.Empty, FrozenDictionary<string, float>.Empty, 1.1);

    /// <summary>The model compiled into this assembly, or <see cref="Empty"/> when it holds none.</summary>
    public static ClauseModel Default { get; } = LoadEmbedded();

    public double Probability(ClauseFeatures features) => Sigmoid(Sum(features));

    /// <summary>The summed weights of some of a candidate's features: its log-odds once all its features are summed.</summary>
    public double Sum(ClauseFeatures features)
    {
        var sum = 0.0;
        foreach (var hash in features.Hashes)
        {
            if (_weights.TryGetValue(hash, out var w))
            {
                sum += w;
            }
        }
        return sum;
    }

    public static double Sigmoid(double logOdds) => 1 / (1 + Math.Exp(-logOdds));

    /// <summary>
    /// Reads <c>threshold TAB p</c>, <c>rate:word TAB share</c> and <c>feature TAB weight</c> lines; lines starting with
    /// <c>#</c> are comments.
    /// </summary>
    public static ClauseModel Read(TextReader reader)
    {
        var table = new Dictionary<ulong, float>();
        var cueRates = new Dictionary<string, float>(StringComparer.Ordinal);
        var threshold = 0.5;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                throw new FormatException($"A model line has no tab: '{line}'.");
            }
            var value = double.Parse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
            if (line.AsSpan(0, tab).SequenceEqual("threshold"))
            {
                threshold = value;
                continue;
            }
            if (line.StartsWith(RatePrefix, StringComparison.Ordinal))
            {
                cueRates[line[RatePrefix.Length..tab]] = (float)value;
                continue;
            }
            table[ClauseFeatures.HashOf(line[..tab])] = (float)value;
        }
        return new ClauseModel(table.ToFrozenDictionary(), cueRates.ToFrozenDictionary(StringComparer.Ordinal), threshold);
    }

    public const string ResourceName = "Corpus.Text.ReportedClauseModel";

    private static ClauseModel LoadEmbedded()
    {
        using var stream = typeof(ClauseModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return Empty;
        }
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
