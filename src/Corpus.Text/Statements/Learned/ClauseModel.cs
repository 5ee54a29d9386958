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

    /// <summary>The same weights in an open-addressing table: a candidate's 50 or so lookups are the learned step's hottest loop.</summary>
    private readonly WeightTable _table;

    private readonly FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _rates;

    /// <summary>The same cue rates in an open-addressing table: every word of every sentence the learned step reads is looked up.</summary>
    private readonly RateTable _lexicon;

    /// <summary>The shapes of the lexicon's words: most words looked up are not in it and are told so without hashing them.</summary>
    private readonly WordShapeFilter _lexiconShapes;

    private ClauseModel(FrozenDictionary<ulong, float> weights, FrozenDictionary<string, float> rates, double threshold)
    {
        _weights = weights;
        _table = new WeightTable(weights);
        _rates = rates.GetAlternateLookup<ReadOnlySpan<char>>();
        _lexicon = new RateTable(rates);
        _lexiconShapes = new WordShapeFilter(rates.Keys);
        Threshold = threshold;
    }

    /// <summary>A model with only a cue lexicon, which scores nothing: what a trainer extracts candidates with.</summary>
    public static ClauseModel Lexicon(IReadOnlyDictionary<string, double> cueRates) =>
        new(FrozenDictionary<ulong, float>.Empty, cueRates.ToFrozenDictionary(r => r.Key, r => (float)r.Value, StringComparer.Ordinal), 1.1);

    /// <summary>
    /// The share of a word's occurrences on train that stood in an annotated cue, or 0 for a word the lexicon leaves out
    /// (the trainer keeps only words over a minimum share): no candidate is made with such a word.
    /// </summary>
    public double CueRate(ReadOnlySpan<char> word) => _lexiconShapes.MayContain(word) && _lexicon.TryGet(word, out var rate, out _) ? rate : 0;

    /// <summary>
    /// <see cref="CueRate(ReadOnlySpan{char})"/>, and whether <paramref name="usable"/> holds of the word: the learned step
    /// asks the same of a cue word in sentence after sentence, so the answer is kept with the word (the test must depend on
    /// the word alone, and one model is read with one test).
    /// </summary>
    internal double CueRate(ReadOnlySpan<char> word, Func<string, bool> usable, out bool isUsable)
    {
        if (_lexiconShapes.MayContain(word) && _lexicon.TryGet(word, out var rate, out var slot))
        {
            isUsable = _lexicon.Usable(slot, usable);
            return rate;
        }
        isUsable = false;
        return 0;
    }

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
        foreach (var hash in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features.Hashes))
        {
            if (_table.TryGet(hash, out var w))
            {
                sum += w;
            }
        }
        return sum;
    }

    /// <summary>Words to cue rates with linear probing, hashed by a 32-bit FNV-1a over their characters.</summary>
    private sealed class RateTable
    {
        /// <summary>A word with its rate, and whether it may be a cue: 0 not yet asked, 1 usable, 2 not. One slot, one cache line.</summary>
        private struct Entry
        {
            public string? Word;
            public float Rate;
            public byte Usable;
        }

        private readonly Entry[] _entries;

        public RateTable(IReadOnlyDictionary<string, float> rates)
        {
            var size = 16;
            while (size < rates.Count * 2)
            {
                size *= 2;
            }
            _entries = new Entry[size];
            foreach (var (word, rate) in rates)
            {
                var slot = (int)(Hash(word) & (uint)(size - 1));
                while (_entries[slot].Word is not null)
                {
                    slot = (slot + 1) & (size - 1);
                }
                _entries[slot].Word = word;
                _entries[slot].Rate = rate;
            }
        }

        private static uint Hash(ReadOnlySpan<char> word)
        {
            var hash = 2166136261;
            foreach (var c in word)
            {
                hash = (hash ^ c) * 16777619;
            }
            return hash;
        }

        public bool TryGet(ReadOnlySpan<char> word, out float rate, out int at)
        {
            var entries = _entries;
            var mask = entries.Length - 1;
            for (var slot = (int)(Hash(word) & (uint)mask); entries[slot].Word is { } key; slot = (slot + 1) & mask)
            {
                if (word.SequenceEqual(key))
                {
                    rate = entries[slot].Rate;
                    at = slot;
                    return true;
                }
            }
            rate = 0;
            at = -1;
            return false;
        }

        public bool Usable(int slot, Func<string, bool> usable)
        {
            ref var entry = ref _entries[slot];
            if (entry.Usable == 0)
            {
                // Two threads may both work it out; they write the same answer.
                entry.Usable = usable(entry.Word!) ? (byte)1 : (byte)2;
            }
            return entry.Usable == 1;
        }
    }

    /// <summary>
    /// Feature hashes to weights with linear probing in one array of (key, weight) slots, sized to a power of two at
    /// least twice the count, so a lookup reads one cache line. The keys are already FNV hashes; a Fibonacci multiply
    /// spreads their high bits into the slot.
    /// </summary>
    private sealed class WeightTable
    {
        private struct Entry
        {
            public ulong Key;
            public float Weight;
            public bool Used;
        }

        private readonly Entry[] _entries;
        private readonly int _shift;

        public WeightTable(IReadOnlyDictionary<ulong, float> weights)
        {
            var bits = 4;
            while ((1 << bits) < weights.Count * 2)
            {
                bits++;
            }
            _shift = 64 - bits;
            _entries = new Entry[1 << bits];
            var mask = (1 << bits) - 1;
            foreach (var (key, value) in weights)
            {
                var slot = Slot(key);
                while (_entries[slot].Used)
                {
                    slot = (slot + 1) & mask;
                }
                _entries[slot] = new Entry { Key = key, Weight = value, Used = true };
            }
        }

        private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

        public bool TryGet(ulong key, out float value)
        {
            var entries = _entries;
            var mask = entries.Length - 1;
            for (var slot = Slot(key); entries[slot].Used; slot = (slot + 1) & mask)
            {
                if (entries[slot].Key == key)
                {
                    value = entries[slot].Weight;
                    return true;
                }
            }
            value = 0;
            return false;
        }
    }

    /// <summary>The weight of one feature hash, as <see cref="Sum"/> adds it.</summary>
    public bool TryWeight(ulong hash, out float weight) => _table.TryGet(hash, out weight);

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
